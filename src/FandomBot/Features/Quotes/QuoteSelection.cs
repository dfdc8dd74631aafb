using FandomBot.Core.Quotes;

namespace FandomBot.Features.Quotes;

/// <summary>
/// The quotes that match a request by topic, speaker and id (all that are given), or, when none do, a message that
/// says why and lists what would match: the topics, the speakers, or the ids.
/// </summary>
internal sealed record QuoteSelection(IReadOnlyList<Quote> Matches, string? Problem)
{
    /// <param name="library">The collection.</param>
    /// <param name="topic">A topic, or null.</param>
    /// <param name="speaker">Part of a speaker's name, or null.</param>
    /// <param name="id">A quote id, or null.</param>
    /// <param name="show">
    /// How a message names what was asked for: quoted by default; the command line passes one that never prints a word
    /// that could be a pasted token.
    /// </param>
    public static QuoteSelection Select(QuoteLibrary library, string? topic, string? speaker, string? id, Func<string, string>? show = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        show ??= static value => $"'{value}'";
        IEnumerable<Quote> matches = library.All;

        Quote? byId = null;
        if (!string.IsNullOrWhiteSpace(id))
        {
            byId = library.FindById(id);
            if (byId is null)
            {
                return Fail($"No quote has the id {show(id.Trim())}. Ids: {string.Join(", ", library.All.Select(q => q.Id))}");
            }

            matches = [byId];
        }

        string? resolvedTopic = null;
        if (!string.IsNullOrWhiteSpace(topic))
        {
            resolvedTopic = QuoteLibrary.ResolveTopic(topic);
            if (resolvedTopic is null || library.ByTopic(resolvedTopic).Count == 0)
            {
                return Fail($"{show(topic.Trim())} is not a topic of the collection. Topics: {string.Join(", ", library.Topics)}");
            }

            matches = matches.Where(quote => quote.HasTopic(resolvedTopic));
        }

        IReadOnlyList<string> speakers = [];
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            speakers = library.ResolveSpeakers(speaker);
            if (speakers.Count == 0)
            {
                return Fail($"No speaker matches {show(speaker.Trim())}. Speakers: {string.Join(", ", library.Speakers)}");
            }

            matches = matches.Where(quote => speakers.Contains(quote.Speaker, StringComparer.Ordinal));
        }

        var found = matches.ToList();
        if (found.Count > 0)
        {
            return new QuoteSelection(found, null);
        }

        // Every criterion matched something on its own; only their combination is empty. Say what would match.
        var who = string.Join(" or ", speakers);
        if (byId is not null)
        {
            return resolvedTopic is not null && !byId.HasTopic(resolvedTopic)
                ? Fail($"The quote '{byId.Id}' is on {string.Join(", ", byId.Topics)}, not '{resolvedTopic}'.")
                : Fail($"The quote '{byId.Id}' is by {byId.Speaker}, not {who}.");
        }

        var theirTopics = QuoteTopics.All.Where(known => speakers.SelectMany(library.BySpeaker).Any(quote => quote.HasTopic(known)));
        return Fail($"No quote by {who} is on '{resolvedTopic}'. Their topics: {string.Join(", ", theirTopics)}");
    }

    private static QuoteSelection Fail(string problem) => new([], problem);
}
