namespace FandomBot.Health;

/// <summary>The status file the running bot rewrites and <c>fandombot health</c> reads (the container health check).</summary>
internal sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Where the status file lives; relative paths are taken from the working directory.</summary>
    public string StatusFile { get; set; } = "data/status.json";

    /// <summary>Older than this, the file no longer proves the bot is alive (it is rewritten every 15 s).</summary>
    public int MaxAgeSeconds { get; set; } = 45;

    /// <summary>How often the running bot rewrites the file.</summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(15);
}
