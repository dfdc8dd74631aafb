using System.Globalization;
using FandomBot.Core.DataFiles;
using FandomBot.Core.Quotes;
using FandomBot.Hosting;

namespace FandomBot.Features.Quotes;

/// <summary>
/// Reads the quote collection from disk and hands the bytes to Core, which validates them. Every failure, a missing
/// or unreadable file included, comes out as one <see cref="DataFileException"/> naming the file.
/// </summary>
internal static class QuoteFileReader
{
    /// <summary>The real collection is tens of kilobytes; anything this large is the wrong file.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Resolves <paramref name="configuredPath"/> as a shipped file, reads it and builds the library.</summary>
    /// <exception cref="DataFileException">The file is missing, unreadable, too large, malformed or invalid.</exception>
    public static QuoteLibrary Load(string configuredPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuredPath);
        var path = AppPaths.ResolveShipped(configuredPath);
        return QuoteLibrary.Parse(ReadBytes(path), path);
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw DataFileException.InvalidRecord(path, null, null, string.Create(CultureInfo.InvariantCulture, $"the file is {length} bytes; the limit is {MaxFileBytes}"));
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw DataFileException.InvalidRecord(path, null, null, $"the file does not exist (set {QuotesOptions.SectionName}:{nameof(QuotesOptions.Path)})");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw DataFileException.InvalidRecord(path, null, null, $"the file cannot be read: {exception.Message.ReplaceLineEndings(" ")}");
        }
    }
}
