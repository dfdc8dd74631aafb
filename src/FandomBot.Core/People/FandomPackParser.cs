using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FandomBot.Core.DataFiles;

namespace FandomBot.Core.People;

/// <summary>
/// Reads and validates one fandom pack (<c>config/fandoms/&lt;name&gt;.json</c>) from bytes or text: the host reads
/// the file, Core checks it. Any problem is a <see cref="DataFileException"/> whose message names the file, the
/// record and the field, so a pack author can fix it from one line.
/// </summary>
public static partial class FandomPackParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses a pack from UTF-8 bytes. <paramref name="fileName"/> names it in errors and must match <c>name</c>.</summary>
    public static FandomPack Parse(ReadOnlyMemory<byte> utf8Json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        JsonDocument document;
        try
        {
            var bytes = utf8Json;
            if (bytes.Span.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw DataFileException.Malformed(fileName, ex.LineNumber, ex.BytePositionInLine, FirstSentence(ex.Message), ex);
        }

        using (document)
        {
            return ReadPack(document.RootElement, fileName);
        }
    }

    /// <summary>Parses a pack from text.</summary>
    public static FandomPack Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), fileName);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PackNamePattern();

    private static FandomPack ReadPack(JsonElement root, string fileName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw DataFileException.InvalidRecord(fileName, null, null, "a fandom pack must be a JSON object");
        }

        var name = RequiredString(root, "name", fileName, null, null);
        if (!PackNamePattern().IsMatch(name))
        {
            throw DataFileException.InvalidRecord(fileName, null, "name", $"'{name}' must be lowercase a-z, 0-9 and dashes");
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (stem.Length > 0 && !string.Equals(stem, name, StringComparison.Ordinal))
        {
            throw DataFileException.InvalidRecord(fileName, null, "name", $"'{name}' must equal the file name '{stem}'");
        }

        var displayName = RequiredString(root, "display_name", fileName, null, null);
        var kind = RequiredString(root, "kind", fileName, null, null);
        var description = OptionalString(root, "description", fileName, null, null);

        var realPeople = new List<RealPerson>();
        foreach (var (element, index) in Array(root, "real_people", fileName, null))
        {
            realPeople.Add(ReadRealPerson(element, index, fileName));
        }

        var characters = new List<FictionalCharacter>();
        foreach (var (element, index) in Array(root, "fictional_characters", fileName, null))
        {
            characters.Add(ReadCharacter(element, index, fileName));
        }

        return new FandomPack(name, displayName, kind, description, realPeople, characters);
    }

    private static RealPerson ReadRealPerson(JsonElement element, int index, string fileName)
    {
        var record = FormattableString.Invariant($"real_people[{index}]");
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw DataFileException.InvalidRecord(fileName, record, null, "must be an object");
        }

        var name = RequiredString(element, "name", fileName, record, null);
        record = $"{record} {name}";
        var aliases = StringArray(element, "aliases", fileName, record);
        var roles = StringArray(element, "roles", fileName, record);
        var statements = new List<SelfIdentification>();
        foreach (var (entry, i) in Array(element, "self_identification", fileName, record))
        {
            var field = FormattableString.Invariant($"self_identification[{i}]");
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw DataFileException.InvalidRecord(fileName, record, field, "must be an object");
            }

            var terms = StringArray(entry, "terms", fileName, record, field);
            if (terms.Count == 0)
            {
                throw DataFileException.InvalidRecord(fileName, record, field + ".terms", "must list the words the person used");
            }

            var saidOn = RequiredString(entry, "said_on", fileName, record, field);
            if (!IsPartialDate(saidOn))
            {
                throw DataFileException.InvalidRecord(fileName, record, field + ".said_on", $"'{saidOn}' must be a date: yyyy, yyyy-MM or yyyy-MM-dd");
            }

            var url = RequiredString(entry, "source_url", fileName, record, field);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var source) || source.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(source.Host))
            {
                throw DataFileException.InvalidRecord(fileName, record, field + ".source_url", "must be an absolute https URL");
            }

            statements.Add(new SelfIdentification(terms, saidOn, source, OptionalString(entry, "note", fileName, record, field)));
        }

        return new RealPerson(name, aliases, roles, statements);
    }

    private static FictionalCharacter ReadCharacter(JsonElement element, int index, string fileName)
    {
        var record = FormattableString.Invariant($"fictional_characters[{index}]");
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw DataFileException.InvalidRecord(fileName, record, null, "must be an object");
        }

        var name = RequiredString(element, "name", fileName, record, null);
        record = $"{record} {name}";
        return new FictionalCharacter(
            name,
            StringArray(element, "aliases", fileName, record),
            StringArray(element, "canon_identity", fileName, record),
            StringArray(element, "portrayed_by", fileName, record));
    }

    private static bool IsPartialDate(string value) =>
        DateTime.TryParseExact(value, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string Dotted(string? parent, string key) => parent is null ? key : $"{parent}.{key}";

    private static string RequiredString(JsonElement obj, string key, string fileName, string? record, string? parent)
    {
        if (!obj.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw DataFileException.InvalidRecord(fileName, record, Dotted(parent, key), "is required");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw DataFileException.InvalidRecord(fileName, record, Dotted(parent, key), "must be a non-empty string");
        }

        return value.GetString()!.Trim();
    }

    private static string? OptionalString(JsonElement obj, string key, string fileName, string? record, string? parent)
    {
        if (!obj.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw DataFileException.InvalidRecord(fileName, record, Dotted(parent, key), "must be a string");
    }

    private static List<(JsonElement Element, int Index)> Array(JsonElement obj, string key, string fileName, string? record, string? parent = null)
    {
        if (!obj.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw DataFileException.InvalidRecord(fileName, record, Dotted(parent, key), "must be an array");
        }

        return value.EnumerateArray().Select((element, index) => (element, index)).ToList();
    }

    private static List<string> StringArray(JsonElement obj, string key, string fileName, string record, string? parent = null)
    {
        var result = new List<string>();
        foreach (var (element, index) in Array(obj, key, fileName, record, parent))
        {
            if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
            {
                throw DataFileException.InvalidRecord(fileName, record, FormattableString.Invariant($"{Dotted(parent, key)}[{index}]"), "must be a non-empty string");
            }

            result.Add(element.GetString()!.Trim());
        }

        return result;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
