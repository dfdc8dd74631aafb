namespace FandomBot.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's gateway send limit (120 commands per 60 s, closing with 4008 beyond it).
/// We allow ourselves <see cref="Budget"/> per rolling window and keep <see cref="HeartbeatReserve"/> of those for
/// heartbeats, so a burst of ordinary commands can never starve the heartbeat and get the connection declared dead.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider)
{
    /// <summary>Commands allowed per <see cref="Window"/> on one connection (Discord's limit is 120).</summary>
    public const int Budget = 115;

    /// <summary>Slots of the budget only heartbeats may use.</summary>
    public const int HeartbeatReserve = 5;

    /// <summary>The rolling window the budget applies to.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    /// <summary>Waits until the command may be sent and takes its slot.</summary>
    public async ValueTask AcquireAsync(bool isHeartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = timeProvider.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }

                var limit = isHeartbeat ? Budget : Budget - HeartbeatReserve;
                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                // The slot frees when the oldest command we still count leaves the window; ordinary commands
                // need as many to leave as they are over their share.
                var index = _sent.Count - limit;
                wait = _sent.ElementAt(index) + Window - now;
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
