using Microsoft.Extensions.Time.Testing;

namespace FandomBot.Discord.Tests.Gateway;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that lets a test wait until code under test has armed a timer, so that advancing
/// the clock is never a race with the code reaching its <c>Task.Delay</c>.
/// </summary>
internal sealed class SignallingTimeProvider : FakeTimeProvider
{
    private readonly List<TrackedTimer> _armed = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource Signal)> _waiters = [];
    private readonly Lock _lock = new();

    public SignallingTimeProvider()
        : base(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this, dueTime);
        tracked.Inner = base.CreateTimer(
            s =>
            {
                tracked.Disarm();
                callback(s);
            },
            state,
            dueTime,
            period);
        List<TaskCompletionSource> ready = [];
        lock (_lock)
        {
            _armed.Add(tracked);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(dueTime))
                {
                    ready.Add(_waiters[i].Signal);
                    _waiters.RemoveAt(i);
                }
            }
        }

        ready.ForEach(s => s.TrySetResult());
        return tracked;
    }

    /// <summary>Completes once a timer whose due time matches is armed (already or later).</summary>
    public Task WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_armed.Any(t => match(t.DueTime)))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((match, signal));
        }

        return signal.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Completes once a timer of <paramref name="dueTime"/> is armed (to the millisecond: Task.Delay rounds).</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken) =>
        WaitForTimerAsync(d => (d - dueTime).Duration() <= TimeSpan.FromMilliseconds(1), cancellationToken);

    private void Remove(TrackedTimer timer)
    {
        lock (_lock)
        {
            _armed.Remove(timer);
        }
    }

    private sealed class TrackedTimer(SignallingTimeProvider owner, TimeSpan dueTime) : ITimer
    {
        public TimeSpan DueTime { get; } = dueTime;

        public ITimer Inner { get; set; } = null!;

        public void Disarm() => owner.Remove(this);

        public bool Change(TimeSpan dueTime, TimeSpan period) => Inner.Change(dueTime, period);

        public void Dispose()
        {
            Disarm();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Disarm();
            return Inner.DisposeAsync();
        }
    }
}
