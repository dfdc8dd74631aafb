using FandomBot.Core.DataFiles;

namespace FandomBot.Core.Quotes;

/// <summary>
/// The loaded quote collection and every way the bot looks into it: by id, topic or speaker, a seeded random pick,
/// and autocomplete search over speakers, topics and text. Immutable and thread-safe; all search indexes are built
/// once here so that an autocomplete request does no allocation-heavy work.
/// </summary>
public sealed class QuoteLibrary
{
    /// <summary>Discord offers at most 25 autocomplete choices; no search returns more.</summary>
    public const int MaxResults = 25;

    private const int MaxLabelLength = 100;

    private readonly Quote[] _quotes;
    private readonly Dictionary<string, Quote> _byId;
    private readonly Dictionary<string, Quote[]> _byTopic;
    private readonly string[] _topics;
    private readonly SpeakerIndexEntry[] _speakers;
    private readonly string[] _speakerNames;
    private readonly string[][] _textWords;

    public QuoteLibrary(IEnumerable<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        _quotes = [.. quotes];
        if (_quotes.Length == 0)
        {
            throw new ArgumentException("A quote library needs at least one quote.", nameof(quotes));
        }

        _byId = new Dictionary<string, Quote>(_quotes.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var quote in _quotes)
        {
            if (!_byId.TryAdd(quote.Id, quote))
            {
                throw new ArgumentException($"Quote id '{quote.Id}' appears twice.", nameof(quotes));
            }
        }

        _byTopic = QuoteTopics.All.ToDictionary(topic => topic, topic => _quotes.Where(quote => quote.HasTopic(topic)).ToArray(), StringComparer.Ordinal);
        _topics = [.. QuoteTopics.All.Where(topic => _byTopic[topic].Length > 0)];
        _speakers =
        [
            .. _quotes
                .GroupBy(quote => quote.Speaker, StringComparer.Ordinal)
                .Select(group => new SpeakerIndexEntry(group.Key, SearchFolding.Fold(group.Key), SearchFolding.Words(group.Key), [.. group]))
                .OrderBy(entry => entry.Folded, StringComparer.Ordinal),
        ];
        _speakerNames = [.. _speakers.Select(entry => entry.Name)];
        _textWords = [.. _quotes.Select(quote => SearchFolding.Words(quote.Text).Distinct(StringComparer.Ordinal).ToArray())];
    }

    /// <summary>Parses, validates and indexes a collection file's bytes.</summary>
    /// <exception cref="DataFileException">The file is malformed or a record is invalid.</exception>
    public static QuoteLibrary Parse(ReadOnlyMemory<byte> utf8, string fileName) =>
        new(QuoteCollectionParser.Parse(utf8, fileName));

    /// <summary>Every quote, in the file's order (which puts the most useful quotes first).</summary>
    public IReadOnlyList<Quote> All => _quotes;

    /// <summary>The topics that have at least one quote, in <see cref="QuoteTopics.All"/> order.</summary>
    public IReadOnlyList<string> Topics => _topics;

    /// <summary>Every speaker once, alphabetically (accents and case ignored).</summary>
    public IReadOnlyList<string> Speakers => _speakerNames;

    /// <summary>The quote with this id (case-insensitive), or null.</summary>
    public Quote? FindById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id.Trim());
    }

    /// <summary>
    /// The topic a person meant (<c>Coming out</c>, <c>COMING_OUT</c> → <c>coming-out</c>), or null when it is
    /// not a known topic.
    /// </summary>
    public static string? ResolveTopic(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var folded = string.Join('-', SearchFolding.Words(topic));
        return QuoteTopics.All.FirstOrDefault(known => string.Equals(known, folded, StringComparison.Ordinal));
    }

    /// <summary>The quotes on a topic, in file order; empty for an unknown topic.</summary>
    public IReadOnlyList<Quote> ByTopic(string topic) =>
        ResolveTopic(topic) is { } known ? _byTopic[known] : [];

    /// <summary>
    /// The speakers a person meant: the one whose name matches exactly (case and accents ignored), else every
    /// speaker in whose name each typed word begins a word ("oseman", "kit c").
    /// </summary>
    public IReadOnlyList<string> ResolveSpeakers(string speaker) => [.. MatchSpeakers(speaker).Select(entry => entry.Name)];

    /// <summary>The quotes of the speaker(s) <see cref="ResolveSpeakers"/> finds, in file order.</summary>
    public IReadOnlyList<Quote> BySpeaker(string speaker)
    {
        var matched = MatchSpeakers(speaker);
        return matched.Count switch
        {
            0 => [],
            1 => matched[0].Quotes,
            _ => [.. _quotes.Where(quote => matched.Any(entry => string.Equals(entry.Name, quote.Speaker, StringComparison.Ordinal)))],
        };
    }

    /// <summary>
    /// A quote picked by <paramref name="seed"/>, optionally within a topic: the same seed always gives the same
    /// quote for the same file, on every machine and runtime (System.Random's seeded sequence is not promised to be).
    /// Null when the topic has no quotes.
    /// </summary>
    public Quote? PickRandom(ulong seed, string? topic = null)
    {
        IReadOnlyList<Quote> pool = topic is null ? _quotes : ByTopic(topic);
        return pool.Count == 0 ? null : pool[(int)(Mix(seed) % (ulong)pool.Count)];
    }

    /// <summary>
    /// Like <see cref="PickRandom(ulong, string?)"/>, among the quotes on any of <paramref name="topics"/> (the bot's
    /// default: speculation or privacy). Null when none of them has a quote.
    /// </summary>
    public Quote? PickRandomOnAny(ulong seed, IReadOnlyCollection<string> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var wanted = topics.Select(ResolveTopic).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var pool = _quotes.Where(quote => quote.Topics.Any(wanted.Contains)).ToList();
        return pool.Count == 0 ? null : pool[(int)(Mix(seed) % (ulong)pool.Count)];
    }

    /// <summary>Topics that begin with what was typed (all of them for an empty query), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> SuggestTopics(string query, int limit = MaxResults)
    {
        var words = SearchFolding.Words(query ?? string.Empty);
        return [.. _topics.Where(topic => SearchFolding.MatchesAllPrefixes(topic.Split('-'), words)).Take(ClampLimit(limit))];
    }

    /// <summary>Speakers whose name words begin with what was typed, best first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> SuggestSpeakers(string query, int limit = MaxResults)
    {
        var folded = SearchFolding.Fold(query ?? string.Empty);
        var words = folded.Length == 0 ? [] : folded.Split(' ');
        return
        [
            .. _speakers
                .Where(entry => SearchFolding.MatchesAllPrefixes(entry.Words, words))
                .OrderBy(entry => entry.Folded.StartsWith(folded, StringComparison.Ordinal) ? 0 : 1)
                .Select(entry => entry.Name)
                .Take(ClampLimit(limit)),
        ];
    }

    /// <summary>Quotes whose text contains every typed word as a word start, in file order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Quote> SearchText(string query, int limit = MaxResults)
    {
        var words = SearchFolding.Words(query ?? string.Empty);
        var max = ClampLimit(limit);
        var found = new List<Quote>(Math.Min(max, _quotes.Length));
        for (var i = 0; i < _quotes.Length && found.Count < max; i++)
        {
            if (SearchFolding.MatchesAllPrefixes(_textWords[i], words))
            {
                found.Add(_quotes[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// One autocomplete list over speakers, then topics, then quote texts, at most <paramref name="limit"/> in all.
    /// A quote's label is its speaker and the start of its text; its value is its id.
    /// </summary>
    public IReadOnlyList<QuoteSuggestion> Search(string query, int limit = MaxResults)
    {
        var max = ClampLimit(limit);
        var suggestions = new List<QuoteSuggestion>(max);
        suggestions.AddRange(SuggestSpeakers(query, max).Select(name => new QuoteSuggestion(QuoteSuggestionKind.Speaker, name, name)));
        suggestions.AddRange(SuggestTopics(query, max - suggestions.Count).Take(max - suggestions.Count)
            .Select(topic => new QuoteSuggestion(QuoteSuggestionKind.Topic, topic, topic)));
        if (suggestions.Count < max)
        {
            suggestions.AddRange(SearchText(query, max - suggestions.Count)
                .Select(quote => new QuoteSuggestion(QuoteSuggestionKind.Quote, Label(quote), quote.Id)));
        }

        return suggestions.Count > max ? suggestions[..max] : suggestions;
    }

    private List<SpeakerIndexEntry> MatchSpeakers(string speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var folded = SearchFolding.Fold(speaker);
        if (folded.Length == 0)
        {
            return [];
        }

        var exact = _speakers.Where(entry => string.Equals(entry.Folded, folded, StringComparison.Ordinal)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var words = folded.Split(' ');
        return [.. _speakers.Where(entry => SearchFolding.MatchesAllPrefixes(entry.Words, words))];
    }

    private static string Label(Quote quote)
    {
        var label = $"{quote.Speaker}: {quote.Text.ReplaceLineEndings(" ")}";
        return label.Length <= MaxLabelLength ? label : string.Concat(label.AsSpan(0, MaxLabelLength - 1), "…");
    }

    private static int ClampLimit(int limit) => Math.Clamp(limit, 0, MaxResults);

    // SplitMix64's finaliser: neighbouring seeds (consecutive snowflakes) land far apart.
    private static ulong Mix(ulong seed)
    {
        var z = seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
