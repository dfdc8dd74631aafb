using System.Diagnostics;
using FandomBot.Discord.Fake;
using FandomBot.EndToEnd.Tests.Faults;

namespace FandomBot.EndToEnd.Tests.Handover;

/// <summary>
/// Fans talking at a steady rate (200 messages a second) across some guilds, one message in ten speculating about
/// a real person, each by an author of its own (so no cooldown hides one) in a channel of its own (so no context
/// changes the verdict). Sent to the fake Discord whether or not the bot is connected: while it is not, Discord keeps
/// them in the shard's session.
/// </summary>
internal sealed class MessageStream : IAsyncDisposable
{
    private const string Ordinary = "the new season looks amazing, cannot wait for the finale";

    private readonly FakeDiscordServer _discord;
    private readonly IReadOnlyList<ulong> _guilds;
    private readonly TimeSpan _interval;
    private readonly List<StreamedMessage> _sent = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;
    private static ulong _nextAuthor = 5_000_000;

    public MessageStream(FakeDiscordServer discord, IReadOnlyList<ulong> guilds, int perSecond = 200)
    {
        _discord = discord;
        _guilds = guilds;
        _interval = TimeSpan.FromSeconds(1.0 / perSecond);
    }

    /// <summary>Every message sent so far, in order.</summary>
    public IReadOnlyList<StreamedMessage> Sent
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    public void Start() => _run = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Stops sending and returns once the last message is out.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        // Paced against the clock, not by sleeping a fixed time after each send: a late message is followed at
        // once by the next, so the rate holds on a busy machine.
        var clock = Stopwatch.StartNew();
        for (var index = 0; !stop.IsCancellationRequested; index++)
        {
            var due = _interval * index;
            if (due > clock.Elapsed)
            {
                try
                {
                    await Task.Delay(due - clock.Elapsed, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            var worthy = index % 10 == 0;
            var guild = _guilds[index % _guilds.Count];
            var author = Interlocked.Increment(ref _nextAuthor);
            var sentAt = DateTimeOffset.UtcNow;
            var id = await RunningBot.SendMessageAsync(_discord, guild, RunningBot.NextId(), author, worthy ? RunningBot.Speculation : Ordinary);
            lock (_lock)
            {
                _sent.Add(new StreamedMessage(id, guild, worthy, sentAt));
            }
        }
    }
}
