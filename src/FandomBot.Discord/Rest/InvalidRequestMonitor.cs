using System.Net;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Rest;

/// <summary>
/// Counts 401, 403 and 429 answers over a rolling 10 minutes: Discord bans the IP for a while at 10,000 of them.
/// Warns once per threshold as the count nears the ban. 429s of a shared limit do not count, as Discord says.
/// </summary>
internal sealed class InvalidRequestMonitor(TimeProvider time, ILogger<InvalidRequestMonitor> logger)
{
    /// <summary>The number of invalid requests in <see cref="Window"/> at which Discord bans the IP.</summary>
    public const int BanThreshold = 10_000;

    /// <summary>The rolling window Discord counts over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    // Warn at a quarter, half, 80% and 95% of the ban threshold.
    private static readonly int[] WarningThresholds = [2_500, 5_000, 8_000, 9_500];

    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();
    private int _highestWarned;

    /// <summary>Invalid requests within the last 10 minutes.</summary>
    public int CountInWindow
    {
        get
        {
            lock (_lock)
            {
                Trim(time.GetUtcNow());
                return _recent.Count;
            }
        }
    }

    /// <summary>Notes an answer; only 401, 403 and non-shared 429 count.</summary>
    public void Record(HttpStatusCode status, string? rateLimitScope)
    {
        var counts = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (status == HttpStatusCode.TooManyRequests && !string.Equals(rateLimitScope, "shared", StringComparison.OrdinalIgnoreCase));
        if (!counts)
        {
            return;
        }

        int count;
        int crossed = 0;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Trim(now);
            _recent.Enqueue(now);
            count = _recent.Count;
            foreach (var threshold in WarningThresholds)
            {
                if (count >= threshold && threshold > _highestWarned)
                {
                    crossed = threshold;
                }
            }

            if (crossed > 0)
            {
                _highestWarned = crossed;
            }
            else if (count < WarningThresholds[0] / 2)
            {
                // The window drained: warn again should it climb back.
                _highestWarned = 0;
            }
        }

        if (crossed > 0)
        {
            logger.NearingInvalidRequestBan(count, BanThreshold);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_recent.Count > 0 && _recent.Peek() <= now - Window)
        {
            _recent.Dequeue();
        }
    }
}
