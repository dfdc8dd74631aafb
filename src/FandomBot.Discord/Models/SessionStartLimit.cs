namespace FandomBot.Discord.Models;

/// <summary>How many gateway sessions the bot may still start, and how fast.</summary>
public sealed record SessionStartLimit
{
    /// <summary>Session starts allowed per day.</summary>
    public int Total { get; init; }

    /// <summary>Session starts left; at 0 the bot must not identify.</summary>
    public int Remaining { get; init; }

    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; }

    /// <summary>How many shards may identify per 5 seconds.</summary>
    public int MaxConcurrency { get; init; } = 1;
}
