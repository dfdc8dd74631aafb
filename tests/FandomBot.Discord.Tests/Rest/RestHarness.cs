using System.Threading.Channels;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Discord.Tests.Rest;

/// <summary>
/// A fake Discord on 127.0.0.1 and a client wired as the bot wires it (<c>AddDiscordRest</c>), both on one
/// <see cref="FakeTimeProvider"/>. Every wait the client starts is queued, so tests advance time exactly by it.
/// </summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public const string Token = "test-token";

    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);
    private readonly Channel<RateLimitWait> _waits = Channel.CreateUnbounded<RateLimitWait>();
    private readonly List<RateLimitWait> _allWaits = [];

    private RestHarness(FakeTimeProvider time, FakeDiscordServer server, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Time = time;
        Server = server;
        Services = services;
        Logs = logs;
        State = services.GetRequiredService<DiscordRestState>();
        State.WaitStarted += wait =>
        {
            lock (_allWaits)
            {
                _allWaits.Add(wait);
            }

            _waits.Writer.TryWrite(wait);
        };
    }

    public FakeTimeProvider Time { get; }

    public FakeDiscordServer Server { get; }

    public FakeRestApi Rest => Server.Rest;

    public ServiceProvider Services { get; }

    public CapturingLoggerProvider Logs { get; }

    public DiscordRestState State { get; }

    public DiscordRestClient Client => Services.GetRequiredService<DiscordRestClient>();

    public InteractionResponder Responder => Services.GetRequiredService<InteractionResponder>();

    public IReadOnlyList<RateLimitWait> AllWaits
    {
        get
        {
            lock (_allWaits)
            {
                return [.. _allWaits];
            }
        }
    }

    public static async Task<RestHarness> StartAsync(Action<DiscordClientOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var server = await FakeDiscordServer.StartAsync(time, TestContext.Current.CancellationToken);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(time);
        services.AddDiscordRest();
        services.Configure<DiscordClientOptions>(options =>
        {
            options.Token = Token;
            options.ApiBaseUrl = server.ApiBaseUrl;
            configure?.Invoke(options);
        });
        return new RestHarness(time, server, services.BuildServiceProvider(), logs);
    }

    /// <summary>The next wait the client starts (real-time guard against hangs only).</summary>
    public async Task<RateLimitWait> NextWaitAsync() =>
        await _waits.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Guard, TestContext.Current.CancellationToken);

    /// <summary>Lets <paramref name="call"/> finish, advancing fake time by exactly each wait it starts.</summary>
    public async Task<T> RunThroughWaitsAsync<T>(Task<T> call)
    {
        while (!call.IsCompleted)
        {
            var read = _waits.Reader.WaitToReadAsync(TestContext.Current.CancellationToken).AsTask();
            await Task.WhenAny(call, read).WaitAsync(Guard, TestContext.Current.CancellationToken);
            if (_waits.Reader.TryRead(out var wait))
            {
                Time.Advance(wait.Delay);
            }
        }

        return await call;
    }

    /// <summary>Waits (real time, guarded) until a route has received at least <paramref name="count"/> requests.</summary>
    public Task WaitForRequestsAsync(string route, int count) => WaitUntilAsync(() => Rest.RequestsTo(route).Count >= count);

    /// <summary>Set by the one test that sends a bad body on purpose; every other test ends with no violation.</summary>
    public bool ExpectContractViolations { get; set; }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        if (!ExpectContractViolations)
        {
            Assert.Empty(Rest.ContractViolations);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected requests never arrived.");
            }

            // Polls real sockets for arrival; fake time does not move, so this never changes what is measured.
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
