using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Fake;

/// <summary>
/// A fake Discord on 127.0.0.1 (random port): Kestrel serving the REST API under <c>/api/v10</c> and the gateway
/// WebSocket under <c>/gateway</c>. It speaks the real wire protocol over real sockets, so the client is tested
/// end to end, not against stubs of our own interfaces.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private FakeDiscordServer(WebApplication app, FakeRestApi rest, FakeGateway gateway)
    {
        _app = app;
        Rest = rest;
        Gateway = gateway;
    }

    /// <summary>The REST side: recorded requests, scripted responses, rate limits.</summary>
    public FakeRestApi Rest { get; }

    /// <summary>The gateway side: connections, sessions, dispatches.</summary>
    public FakeGateway Gateway { get; }

    /// <summary>http://127.0.0.1:PORT</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>http://127.0.0.1:PORT/api/v10 — what <c>Discord:ApiBaseUrl</c> points at.</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "/api/v10");

    /// <summary>ws://127.0.0.1:PORT/gateway</summary>
    public Uri GatewayUrl => new($"ws://{BaseAddress.Authority}/gateway");

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeDiscordServer> StartAsync(TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var time = timeProvider ?? TimeProvider.System;
        var rest = new FakeRestApi(time);
        var gateway = new FakeGateway(time) { GatewayBot = rest.GatewayBot };
        builder.Services.AddSingleton(rest);
        builder.Services.AddSingleton(gateway);

        var app = builder.Build();
        app.UseWebSockets();
        rest.Map(app);
        gateway.Map(app);

        var server = new FakeDiscordServer(app, rest, gateway);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        gateway.PublicUrl = server.GatewayUrl;
        return server;
    }

    /// <inheritdoc />
    /// <remarks>Idempotent: a test that restarts the bot against the same fake may dispose it from both bots.</remarks>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await Gateway.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
