using System.Net;
using System.Net.Sockets;
using FandomBot.Tests.Harness;
using Xunit;

namespace FandomBot.Tests.Diagnostics;

public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task With_a_metrics_port_the_bot_serves_its_instruments_in_prometheus_text_format()
    {
        var port = FreePort();
        await using var bot = await BotTestHost.StartAsync(overrides: [$"--Metrics:Port={port}", "--Metrics:Host=127.0.0.1"]);
        using var http = new HttpClient();

        var text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), TestContext.Current.CancellationToken);

        // Other bots in this test process share the static meters, so count at least our own READY.
        Assert.Matches("fandombot_discord_gateway_readies\\{shard=\"0\"\\} [1-9]", text);
        Assert.Contains("fandombot_discord_rest_duration_ms_bucket{route=\"GET /gateway/bot\",status=\"200\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_metrics_port_nothing_listens()
    {
        var port = FreePort();
        await using var bot = await BotTestHost.StartAsync();
        using var client = new TcpClient();

        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken).AsTask());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
