namespace FandomBot.Features.Quotes;

/// <summary>Where the quote collection lives (<c>Quotes:Path</c>, env <c>Quotes__Path</c>).</summary>
internal sealed class QuotesOptions
{
    public const string SectionName = "Quotes";

    /// <summary>The default, shipped beside the program and in the image.</summary>
    public const string DefaultPath = "config/quotes.json";

    /// <summary>
    /// The collection file: absolute, or relative to the working directory when it exists there, else to the
    /// program's directory (see <c>AppPaths.ResolveShipped</c>).
    /// </summary>
    public string Path { get; set; } = DefaultPath;
}
