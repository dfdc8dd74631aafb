using System.Text;
using System.Text.Json;
using FandomBot.Core.DataFiles;

namespace FandomBot.Core.Quotes;

/// <summary>
/// Reads the quote collection (<c>config/quotes.json</c>) from UTF-8 bytes and checks every record. The first problem
/// found stops the load with a <see cref="DataFileException"/> whose one-line message names the file and either the
/// line and position (malformed JSON) or the record id and field (an invalid record). Pure: the caller does the I/O.
/// </summary>
public static class QuoteCollectionParser
{
    /// <summary>Ids become parts of Discord custom ids and autocomplete values, which allow 100 characters.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Discord autocomplete choice names allow 100 characters, and speakers are offered as choices.</summary>
    public const int MaxSpeakerLength = 100;

    /// <summary>An embed field value holds 1,024 characters; a reminder must carry the whole quote.</summary>
    public const int MaxTextLength = 1000;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // A hand-edited file may carry comments; trailing commas stay errors so a half-deleted record is noticed.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    /// <summary>
    /// Parses and validates the collection. <paramref name="fileName"/> is only used in error messages.
    /// </summary>
    /// <exception cref="DataFileException">The JSON is malformed or a record is invalid.</exception>
    public static IReadOnlyList<Quote> Parse(ReadOnlyMemory<byte> utf8, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw DataFileException.Malformed(fileName, exception.LineNumber, exception.BytePositionInLine, DescribeSyntaxError(exception), exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw DataFileException.InvalidRecord(fileName, null, null, "the file must hold a JSON array of quote records");
            }

            var quotes = new List<Quote>(root.GetArrayLength());
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                index++;
                var quote = QuoteRecordReader.Read(fileName, element, index);
                if (!ids.Add(quote.Id))
                {
                    throw DataFileException.InvalidRecord(fileName, quote.Id, "id", "the id is used by an earlier record; ids must be unique");
                }

                quotes.Add(quote);
            }

            if (quotes.Count == 0)
            {
                throw DataFileException.InvalidRecord(fileName, null, null, "the collection holds no quotes");
            }

            return quotes;
        }
    }

    /// <summary>System.Text.Json appends the location to its messages; the location is reported separately.</summary>
    private static string DescribeSyntaxError(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        message = message.ReplaceLineEndings(" ").Trim();
        return message.Length > 0 ? $"malformed JSON: {message}" : "malformed JSON";
    }
}
