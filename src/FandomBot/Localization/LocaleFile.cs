using System.Collections.Frozen;
using System.Text.Json;

namespace FandomBot.Localization;

/// <summary>
/// One language's texts, read from a flat JSON object of stable keys: a value is a text, or a list of texts
/// (several phrasings of the same thing). Read with <see cref="Utf8JsonReader"/>, so NativeAOT needs no reflection.
/// </summary>
internal sealed class LocaleFile
{
    private readonly FrozenDictionary<string, string[]> _texts;

    private LocaleFile(string language, FrozenDictionary<string, string[]> texts)
    {
        Language = language;
        _texts = texts;
    }

    /// <summary>The language code, lower-case ("en", "es", "pt-br").</summary>
    public string Language { get; }

    /// <summary>Every key of this file.</summary>
    public IEnumerable<string> Keys => _texts.Keys;

    /// <summary>The texts of <paramref name="key"/> (one, or several phrasings); false when the file lacks it.</summary>
    public bool TryGet(string key, out string[] texts) => _texts.TryGetValue(key, out texts!);

    /// <summary>Reads a file; a wrong shape throws naming the language and the key, because it is a build mistake.</summary>
    public static LocaleFile Parse(string language, ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var texts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, language, "the file is not a JSON object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            Expect(reader.Read(), language, key);
            if (reader.TokenType == JsonTokenType.String)
            {
                texts[key] = [reader.GetString()!];
                continue;
            }

            Expect(reader.TokenType == JsonTokenType.StartArray, language, key);
            var list = new List<string>();
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                list.Add(reader.GetString()!);
            }

            Expect(reader.TokenType == JsonTokenType.EndArray && list.Count > 0, language, key);
            texts[key] = [.. list];
        }

        return new LocaleFile(language.ToLowerInvariant(), texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void Expect(bool condition, string language, string where)
    {
        if (!condition)
        {
            throw new InvalidDataException($"config/locales/{language}.json: {where} must be a text or a non-empty list of texts.");
        }
    }
}
