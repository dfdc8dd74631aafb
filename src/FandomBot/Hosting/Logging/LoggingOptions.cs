namespace FandomBot.Hosting.Logging;

/// <summary>
/// How the bot writes its log. Levels and overrides come from <c>Serilog:MinimumLevel</c> (see
/// <see cref="LogLevelSettings"/>); this section chooses the console format and the optional rolling file, the two
/// things people switch per deployment.
/// </summary>
internal sealed class LoggingOptions
{
    public const string SectionName = "Logging";

    /// <summary><c>text</c> (readable lines, the default), <c>json</c> (compact JSON lines for containers) or <c>off</c>.</summary>
    public string Console { get; set; } = "text";

    /// <summary>A rolling log file (one per day, seven kept); empty means none.</summary>
    public string? FilePath { get; set; }

    public static readonly IReadOnlyList<string> ConsoleFormats = ["text", "json", "off"];
}
