using FandomBot.Discord.Sharding;
using FandomBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit;

namespace FandomBot.Tests.Diagnostics;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_an_otlp_endpoint_the_bot_exports_its_metrics_with_the_shards_and_the_pod_as_resource_attributes()
    {
        using var collector = FakeOtlpReceiver.Start();
        var bot = await BotTestHost.StartAsync(overrides: [.. collector.Overrides, "--Discord:ShardCount=2", "--Discord:ShardIds=1"]);

        // The periodic reader exports once a minute; a flush exports now, as stopping the bot does.
        Assert.True(bot.Get<MeterProvider>().ForceFlush(timeoutMilliseconds: 10_000));
        await bot.DisposeAsync();

        var export = collector.To("/v1/metrics").First();
        Assert.Equal("POST", export.Method);
        Assert.Equal("application/x-protobuf", export.ContentType);
        Assert.True(export.Holds("fandombot.discord.gateway.readies"), "the client's instruments are exported");
        Assert.True(export.Holds("fandombot.work.in_flight"), "this host's gauges are exported");
        Assert.True(export.Holds("k8s.pod.name") && export.Holds(HostOrdinal.CurrentHostName), "the pod name is a resource attribute");
        Assert.True(export.Holds("fandombot.discord.shard_ids"), "the shard ids are a resource attribute");
        Assert.Empty(collector.To("/v1/traces"));
    }

    [Fact]
    public async Task The_last_push_when_the_bot_stops_carries_the_hosts_gauges_too()
    {
        using var collector = FakeOtlpReceiver.Start();
        var bot = await BotTestHost.StartAsync(overrides: collector.Overrides);

        // No flush: what the collector gets is what stopping the bot pushes (the reader's period is a minute).
        await bot.DisposeAsync();

        var last = collector.To("/v1/metrics").Last();
        Assert.True(last.Holds("fandombot.discord.gateway.readies"), "the client's instruments are in the last push");
        Assert.True(last.Holds("fandombot.work.in_flight"), "this host's gauges are in the last push");
        Assert.True(last.Holds("fandombot.memory.heap_after_gc_bytes"), "this host's gauges are in the last push");
    }

    [Fact]
    public async Task Traces_are_off_by_default_and_no_span_is_exported()
    {
        using var collector = FakeOtlpReceiver.Start();
        var scenario = await Reminders.ReminderScenario.StartAsync(overrides: collector.Overrides);
        Assert.Null(scenario.Bot.Services.GetService<TracerProvider>());
        Assert.NotNull(scenario.Bot.Services.GetService<MeterProvider>());

        await scenario.SettleAsync();
        await scenario.DisposeAsync();

        Assert.NotEmpty(collector.To("/v1/metrics"));
        Assert.Empty(collector.To("/v1/traces"));
    }

    [Fact]
    public async Task With_tracing_enabled_the_reminder_path_is_exported_as_spans_message_detector_and_delivery()
    {
        using var collector = FakeOtlpReceiver.Start();
        var scenario = await Reminders.ReminderScenario.StartAsync(overrides: [.. collector.Overrides, "--Tracing:Enabled=true"]);

        // SettleAsync sends a speculating message, waits for Discord to have its reply, then drains the delivery.
        await scenario.SettleAsync();
        await scenario.DisposeAsync();

        var traces = collector.To("/v1/traces").ToList();
        Assert.NotEmpty(traces);
        Assert.Contains(traces, t => t.Holds("detector"));
        Assert.Contains(traces, t => t.Holds("reminder.deliver") && t.Holds("fandombot.delivered_as"));
        Assert.Contains(traces, t => t.Holds("fandombot.gate") && t.Holds("discord.message.id"));
        Assert.Contains(traces, t => t.Holds("k8s.pod.name"));
    }
}
