namespace FandomBot.Discord.Rest;

/// <summary>The JSON body of Discord's error answers, including 429's <c>retry_after</c> and <c>global</c>.</summary>
internal sealed record DiscordErrorBody
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    /// <summary>Seconds to wait, as a float (429 only).</summary>
    public double? RetryAfter { get; init; }

    /// <summary>Whether a 429 is the global limit.</summary>
    public bool? Global { get; init; }
}
