using System.Globalization;
using FandomBot.Discord;
using FandomBot.Discord.Sharding;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Diagnostics;

/// <summary>
/// Who is reporting, as OpenTelemetry resource attributes on every metric and span: the service, the pod (host name)
/// and the Discord shards this process runs. A collector receiving from many pods tells them apart by these; on the
/// Prometheus endpoint they are the labels of <c>target_info</c>.
/// </summary>
internal static class TelemetryResource
{
    public const string ServiceName = "fandombot";

    /// <summary>The attributes besides <c>service.*</c>: <c>k8s.pod.name</c>, <c>host.name</c> and the <c>fandombot.discord.*</c> shard ones.</summary>
    public static IReadOnlyList<KeyValuePair<string, object>> Attributes(IConfiguration configuration, string hostName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var attributes = new List<KeyValuePair<string, object>>
        {
            new("host.name", hostName),
            new("k8s.pod.name", hostName),
            new("fandombot.discord.shard_ids", ShardIds(configuration, hostName)),
        };
        if (configuration[$"{DiscordClientOptions.SectionName}:{nameof(DiscordClientOptions.ShardCount)}"] is { } count)
        {
            attributes.Add(new("fandombot.discord.shard_count", count));
        }

        return attributes;
    }

    /// <summary>
    /// This process's shard ids ("0,2"), worked out from configuration the way the shard manager will when the shard
    /// count is configured (as it is at scale: <c>auto</c> needs it). Without a count the ids depend on Discord's
    /// recommendation, known only after start-up, so the configured value stands in ("all", or the list as written).
    /// </summary>
    public static string ShardIds(IConfiguration configuration, string hostName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordClientOptions.SectionName);
        var options = new DiscordClientOptions
        {
            ShardIds = section[nameof(DiscordClientOptions.ShardIds)],
            ShardCount = ParseInt(section[nameof(DiscordClientOptions.ShardCount)]),
            ProcessCount = ParseInt(section[nameof(DiscordClientOptions.ProcessCount)]),
            ProcessIndex = ParseInt(section[nameof(DiscordClientOptions.ProcessIndex)]),
        };
        if (options.ShardCount is { } shardCount && ShardAssignment.TryResolve(options, shardCount, hostName, out var selection, out _))
        {
            return string.Join(',', selection.ShardIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        }

        return string.IsNullOrWhiteSpace(options.ShardIds) ? "all" : options.ShardIds.Trim();
    }

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
