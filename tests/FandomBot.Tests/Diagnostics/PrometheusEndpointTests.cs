using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using FandomBot.Diagnostics;
using FandomBot.Discord.Diagnostics;
using FandomBot.Discord.Sharding;
using FandomBot.Tests.Harness;
using Xunit;

namespace FandomBot.Tests.Diagnostics;

public sealed partial class PrometheusEndpointTests
{
    /// <summary>
    /// Every metric's Prometheus name as prometheus-net served it before the bot used OpenTelemetry (dots to
    /// underscores, histograms with their unit, no <c>_total</c>). Dashboards and alerts outside this repository use
    /// these too, so a change here is a breaking change for operators.
    /// </summary>
    private static readonly string[] NamesBeforeOpenTelemetry =
    [
        "fandombot_messages_seen", "fandombot_reminders_sent", "fandombot_reminder_delay_ms_bucket", "fandombot_detector_duration_us_bucket",
        "fandombot_work_dropped", "fandombot_memory_compactions", "fandombot_work_in_flight", "fandombot_gateway_events_queued",
        "fandombot_memory_heap_after_gc_bytes", "fandombot_memory_heap_after_full_gc_bytes", "fandombot_memory_heap_bytes",
        "fandombot_memory_working_set_bytes", "fandombot_memory_allocated_bytes", "fandombot_gc_collections",
        "fandombot_discord_gateway_readies", "fandombot_discord_gateway_resumes", "fandombot_discord_gateway_reconnects",
        "fandombot_discord_rest_duration_ms_bucket", "fandombot_discord_rest_rate_limited", "fandombot_discord_interaction_ack_ms_bucket",
    ];

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
    public async Task Every_metric_the_grafana_dashboard_queries_is_served_under_the_name_it_had_before()
    {
        var dashboardNames = DashboardMetricNames();
        Assert.NotEmpty(dashboardNames);
        Assert.Subset(NamesBeforeOpenTelemetry.ToHashSet(StringComparer.Ordinal), dashboardNames);

        var port = FreePort();
        await using var bot = await BotTestHost.StartAsync(overrides: [$"--Metrics:Port={port}", "--Metrics:Host=127.0.0.1"]);

        // A counter appears once it has counted: record one of each through the bot's own instruments.
        BotMetrics.MessageSeen();
        BotMetrics.ReminderSent("reply", TimeSpan.FromMilliseconds(12));
        BotMetrics.Detected(TimeSpan.FromMicroseconds(7));
        BotMetrics.Dropped("reminder");
        BotMetrics.HeapCompacted();
        DiscordMetrics.Resumed(0);
        DiscordMetrics.Reconnecting(0);
        DiscordMetrics.RateLimited("POST /channels/{id}/messages", global: false);
        DiscordMetrics.InteractionAcknowledged("deferred", TimeSpan.FromMilliseconds(40));
        using var http = new HttpClient();
        var served = ServedNames(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), TestContext.Current.CancellationToken));

        var missing = dashboardNames.Concat(NamesBeforeOpenTelemetry).Distinct().Where(name => !served.Contains(name)).ToList();
        Assert.True(missing.Count == 0, $"Not on the scrape: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task The_scrape_carries_the_pod_and_its_shards_on_target_info()
    {
        var port = FreePort();
        await using var bot = await BotTestHost.StartAsync(overrides: [$"--Metrics:Port={port}", "--Metrics:Host=127.0.0.1", "--Discord:ShardCount=1"]);
        using var http = new HttpClient();

        var text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), TestContext.Current.CancellationToken);

        var targetInfo = Assert.Single(text.Split('\n'), line => line.StartsWith("target_info{", StringComparison.Ordinal));
        Assert.Contains($"k8s_pod_name=\"{HostOrdinal.CurrentHostName}\"", targetInfo, StringComparison.Ordinal);
        Assert.Contains("fandombot_discord_shard_ids=\"0\"", targetInfo, StringComparison.Ordinal);
        Assert.Contains("service_name=\"fandombot\"", targetInfo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_metrics_port_nothing_listens()
    {
        var port = FreePort();
        await using var bot = await BotTestHost.StartAsync();
        using var client = new TcpClient();

        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken).AsTask());
    }

    /// <summary>The metric names in every PromQL expression of deploy/grafana's dashboard.</summary>
    private static HashSet<string> DashboardMetricNames()
    {
        var path = Path.Combine(RepositoryRoot(), "deploy", "grafana", "fandombot-dashboard.json");
        using var dashboard = JsonDocument.Parse(File.ReadAllText(path));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var expression in Expressions(dashboard.RootElement))
        {
            foreach (Match match in MetricName().Matches(expression))
            {
                names.Add(match.Value);
            }
        }

        return names;
    }

    private static IEnumerable<string> Expressions(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "expr" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Expressions(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Expressions),
        _ => [],
    };

    private static HashSet<string> ServedNames(string page) =>
        page.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line[..line.IndexOfAny(['{', ' '])])
            .ToHashSet(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FandomBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FandomBot.sln not found");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("fandombot_[a-z0-9_]+")]
    private static partial Regex MetricName();
}
