namespace FandomBot.Discord.Gateway;

/// <summary>
/// Exponential backoff for reconnecting after an unexpected drop: 1 s, 2 s, 4 s … capped at 60 s, each with up to
/// 20 % random jitter so that many shards dropped by one outage do not all come back in the same instant.
/// </summary>
internal sealed class GatewayReconnectBackoff(Random random)
{
    /// <summary>The first delay.</summary>
    public static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);

    /// <summary>No delay is longer than this.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    private int _attempt;

    /// <summary>The delay before the next attempt; each call doubles the base.</summary>
    public TimeSpan Next()
    {
        var exponent = Math.Min(_attempt, 16);
        _attempt++;
        var baseSeconds = Math.Min(Cap.TotalSeconds, Initial.TotalSeconds * Math.Pow(2, exponent));
        var jittered = baseSeconds * (1 + (0.2 * random.NextDouble()));
        return TimeSpan.FromSeconds(Math.Min(Cap.TotalSeconds, jittered));
    }

    /// <summary>Starts over after a connection came up healthy.</summary>
    public void Reset() => _attempt = 0;
}
