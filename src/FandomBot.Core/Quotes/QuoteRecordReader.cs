using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FandomBot.Core.DataFiles;

namespace FandomBot.Core.Quotes;

/// <summary>
/// Reads and checks one record of the quote collection. Every problem becomes a <see cref="DataFileException"/>
/// naming the record (its id, or <c>#n</c> by position when the id itself is unusable) and the field.
/// </summary>
internal static partial class QuoteRecordReader
{
    private const string IdField = "id";
    private const string SpeakerField = "speaker";
    private const string TextField = "text";
    private const string SaidOnField = "said_on";
    private const string SaidOnNoteField = "said_on_note";
    private const string SaidWhereField = "said_where";
    private const string OriginalUrlField = "original_url";
    private const string ReportedByField = "reported_by";
    private const string AlsoReportedByField = "also_reported_by";
    private const string TagsField = "tags";
    private const string VerifiedField = "verified";
    private const string FictionField = "fiction";
    private const string CensoredField = "censored";
    private const string NoteField = "note";
    private const string OutletField = "outlet";
    private const string HeadlineField = "headline";
    private const string UrlField = "url";

    private static readonly string[] RecordFields =
    [
        IdField, SpeakerField, TextField, SaidOnField, SaidOnNoteField, SaidWhereField, OriginalUrlField,
        ReportedByField, AlsoReportedByField, TagsField, VerifiedField, FictionField, CensoredField, NoteField,
    ];

    private static readonly string[] ReportFields = [OutletField, HeadlineField, UrlField];

    /// <summary>The record at 1-based <paramref name="position"/> of the file, checked field by field.</summary>
    public static Quote Read(string fileName, JsonElement element, int position)
    {
        var fallbackName = string.Create(CultureInfo.InvariantCulture, $"#{position}");
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw DataFileException.InvalidRecord(fileName, fallbackName, null, "a record must be a JSON object");
        }

        // The id names the record in every later message, so it is read (and checked) first.
        var record = element.TryGetProperty(IdField, out var idElement) && idElement.ValueKind == JsonValueKind.String
            && IsSlug(idElement.GetString())
            ? idElement.GetString()!
            : fallbackName;
        var fields = ReadFields(fileName, record, null, element, RecordFields);

        var id = RequiredString(fileName, record, fields, IdField, null, QuoteCollectionParser.MaxIdLength);
        if (!IsSlug(id))
        {
            throw DataFileException.InvalidRecord(fileName, record, IdField, $"{Show(id)} is not a slug: use lowercase letters, digits and single hyphens");
        }

        var saidOnText = RequiredString(fileName, record, fields, SaidOnField, null, int.MaxValue);
        if (!QuoteDate.TryParse(saidOnText, out var saidOn))
        {
            throw DataFileException.InvalidRecord(fileName, record, SaidOnField, $"{Show(saidOnText)} is not a date: write yyyy-MM-dd, or yyyy-MM when only the month is known");
        }

        return new Quote
        {
            Id = id,
            Speaker = RequiredString(fileName, record, fields, SpeakerField, null, QuoteCollectionParser.MaxSpeakerLength),
            Text = RequiredString(fileName, record, fields, TextField, null, QuoteCollectionParser.MaxTextLength),
            SaidOn = saidOn,
            SaidOnNote = OptionalString(fileName, record, fields, SaidOnNoteField, null),
            SaidWhere = RequiredString(fileName, record, fields, SaidWhereField, null, int.MaxValue),
            OriginalUrl = NullableUrl(fileName, record, fields, OriginalUrlField, null),
            ReportedBy = RequiredReport(fileName, record, fields, ReportedByField),
            AlsoReportedBy = OptionalReports(fileName, record, fields, AlsoReportedByField),
            Topics = RequiredTopics(fileName, record, fields),
            Verified = RequiredBoolean(fileName, record, fields, VerifiedField),
            Fiction = RequiredBoolean(fileName, record, fields, FictionField),
            Censored = OptionalString(fileName, record, fields, CensoredField, null),
            Note = OptionalString(fileName, record, fields, NoteField, null),
        };
    }

    private static Dictionary<string, JsonElement> ReadFields(string fileName, string record, string? parent, JsonElement element, string[] known)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = Qualify(parent, property.Name);
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw DataFileException.InvalidRecord(fileName, record, name, $"unknown field; known fields are {string.Join(", ", known)}");
            }

            if (!fields.TryAdd(property.Name, property.Value))
            {
                throw DataFileException.InvalidRecord(fileName, record, name, "the field appears twice");
            }
        }

        return fields;
    }

    private static string RequiredString(string fileName, string record, Dictionary<string, JsonElement> fields, string field, string? parent, int maxLength)
    {
        var name = Qualify(parent, field);
        if (!fields.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw DataFileException.InvalidRecord(fileName, record, name, "is missing; it must be a non-empty string");
        }

        return CheckedString(fileName, record, name, value, maxLength);
    }

    private static string? OptionalString(string fileName, string record, Dictionary<string, JsonElement> fields, string field, string? parent) =>
        fields.TryGetValue(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? CheckedString(fileName, record, Qualify(parent, field), value, int.MaxValue)
            : null;

    private static string CheckedString(string fileName, string record, string name, JsonElement value, int maxLength)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw DataFileException.InvalidRecord(fileName, record, name, $"must be a string, not {Describe(value.ValueKind)}");
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw DataFileException.InvalidRecord(fileName, record, name, "is empty; it must be a non-empty string");
        }

        if (text.Length > maxLength)
        {
            throw DataFileException.InvalidRecord(fileName, record, name, string.Create(CultureInfo.InvariantCulture, $"is {text.Length} characters long; the limit is {maxLength}"));
        }

        return text;
    }

    private static bool RequiredBoolean(string fileName, string record, Dictionary<string, JsonElement> fields, string field)
    {
        if (!fields.TryGetValue(field, out var value))
        {
            throw DataFileException.InvalidRecord(fileName, record, field, "is missing; it must be true or false");
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw DataFileException.InvalidRecord(fileName, record, field, $"must be true or false, not {Describe(value.ValueKind)}"),
        };
    }

    private static Uri? NullableUrl(string fileName, string record, Dictionary<string, JsonElement> fields, string field, string? parent)
    {
        var name = Qualify(parent, field);
        if (!fields.TryGetValue(field, out var value))
        {
            throw DataFileException.InvalidRecord(fileName, record, name, "is missing; give the address, or null when it is not known");
        }

        return value.ValueKind == JsonValueKind.Null ? null : CheckedUrl(fileName, record, name, value);
    }

    private static Uri CheckedUrl(string fileName, string record, string name, JsonElement value)
    {
        var text = CheckedString(fileName, record, name, value, int.MaxValue);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.Host.Length == 0
            || text.Any(char.IsWhiteSpace))
        {
            throw DataFileException.InvalidRecord(fileName, record, name, $"{Show(text)} is not an absolute https URL");
        }

        return url;
    }

    private static QuoteReport RequiredReport(string fileName, string record, Dictionary<string, JsonElement> fields, string field)
    {
        if (!fields.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw DataFileException.InvalidRecord(fileName, record, field, "is missing; every quote needs the article that reported it");
        }

        return ReadReport(fileName, record, field, value);
    }

    private static List<QuoteReport> OptionalReports(string fileName, string record, Dictionary<string, JsonElement> fields, string field)
    {
        if (!fields.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw DataFileException.InvalidRecord(fileName, record, field, $"must be an array of articles, not {Describe(value.ValueKind)}");
        }

        var reports = new List<QuoteReport>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            reports.Add(ReadReport(fileName, record, string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]"), item));
            index++;
        }

        return reports;
    }

    private static QuoteReport ReadReport(string fileName, string record, string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw DataFileException.InvalidRecord(fileName, record, name, $"must be an object with outlet, headline and url, not {Describe(value.ValueKind)}");
        }

        var fields = ReadFields(fileName, record, name, value, ReportFields);
        if (!fields.ContainsKey(HeadlineField))
        {
            throw DataFileException.InvalidRecord(fileName, record, Qualify(name, HeadlineField), "is missing; give the headline, or null when it was not recorded");
        }

        if (!fields.TryGetValue(UrlField, out var url) || url.ValueKind == JsonValueKind.Null)
        {
            throw DataFileException.InvalidRecord(fileName, record, Qualify(name, UrlField), "is missing; every article needs its https address");
        }

        return new QuoteReport(
            RequiredString(fileName, record, fields, OutletField, name, int.MaxValue),
            OptionalString(fileName, record, fields, HeadlineField, name),
            CheckedUrl(fileName, record, Qualify(name, UrlField), url));
    }

    private static List<string> RequiredTopics(string fileName, string record, Dictionary<string, JsonElement> fields)
    {
        if (!fields.TryGetValue(TagsField, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw DataFileException.InvalidRecord(fileName, record, TagsField, $"must be a non-empty array of topics from: {string.Join(", ", QuoteTopics.All)}");
        }

        var topics = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            var topic = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
            if (topic is null || !QuoteTopics.IsKnown(topic))
            {
                var shown = topic is null ? Describe(item.ValueKind) : Show(topic);
                throw DataFileException.InvalidRecord(fileName, record, TagsField, $"{shown} is not a known topic; known topics are {string.Join(", ", QuoteTopics.All)}");
            }

            if (topics.Contains(topic, StringComparer.Ordinal))
            {
                throw DataFileException.InvalidRecord(fileName, record, TagsField, $"{Show(topic)} is listed twice");
            }

            topics.Add(topic);
        }

        return topics;
    }

    private static bool IsSlug(string? text) => text is { Length: > 0 and <= QuoteCollectionParser.MaxIdLength } && SlugPattern().IsMatch(text);

    private static string Qualify(string? parent, string field) => parent is null ? field : $"{parent}.{field}";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A value quoted inside a one-line message: control characters escaped, long values shortened.</summary>
    private static string Show(string value)
    {
        const int MaxShown = 60;
        var builder = new StringBuilder("'");
        foreach (var c in value.Length > MaxShown ? value[..MaxShown] : value)
        {
            builder.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString());
        }

        return builder.Append(value.Length > MaxShown ? "…'" : "'").ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
