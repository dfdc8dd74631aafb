namespace FandomBot.Discord.Rest;

/// <summary>
/// Discord's global limit: at most 50 bot requests in any second, and a full stop while a global 429 lasts.
/// Waits are on <see cref="TimeProvider"/>.
/// </summary>
// CA1001: a SemaphoreSlim holds nothing to dispose unless its wait handle is used, and this one lives as long as the process.
#pragma warning disable CA1001
internal sealed class GlobalRateLimit(TimeProvider time, int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> _recentSends = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _pauseLock = new();
    private DateTimeOffset _pausedUntil;

    /// <summary>Stops every bot request until <paramref name="until"/> (a global 429).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_pauseLock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>Waits until one more request may be sent, and counts it.</summary>
    public async Task WaitForSlotAsync(Func<TimeSpan, string, CancellationToken, Task> wait, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                DateTimeOffset pausedUntil;
                lock (_pauseLock)
                {
                    pausedUntil = _pausedUntil;
                }

                if (pausedUntil > now)
                {
                    await wait(pausedUntil - now, "global 429", cancellationToken).ConfigureAwait(false);
                    continue;
                }

                while (_recentSends.Count > 0 && _recentSends.Peek() <= now - Window)
                {
                    _recentSends.Dequeue();
                }

                if (_recentSends.Count < requestsPerSecond)
                {
                    _recentSends.Enqueue(now);
                    return;
                }

                await wait(_recentSends.Peek() + Window - now, "global 50/s", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
#pragma warning restore CA1001
