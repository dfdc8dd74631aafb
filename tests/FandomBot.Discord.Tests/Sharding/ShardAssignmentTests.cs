using FandomBot.Discord.Sharding;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

/// <summary><c>Discord:ShardIds=auto</c>: this process's share, from its number or its pod's ordinal, or one line naming the wrong key.</summary>
public sealed class ShardAssignmentTests
{
    [Fact]
    public void Auto_takes_the_share_of_the_ordinal_in_the_host_name()
    {
        var options = Auto(shardCount: 8, processCount: 4);

        Assert.True(ShardAssignment.TryResolve(options, 8, "fandombot-3", out var selection, out var error), error);

        Assert.Equal([3, 7], selection.ShardIds);
        Assert.Equal(new ProcessShare(3, 4), selection.Process);
    }

    [Fact]
    public void An_explicit_process_index_wins_over_the_host_name()
    {
        var options = Auto(shardCount: 8, processCount: 4, processIndex: 1);

        Assert.True(ShardAssignment.TryResolve(options, 8, "fandombot-3", out var selection, out _));

        Assert.Equal([1, 5], selection.ShardIds);
    }

    [Fact]
    public void Auto_with_one_process_runs_every_shard_whatever_the_host_is_called()
    {
        var options = Auto(shardCount: 3, processCount: 1, processIndex: 0);

        Assert.True(ShardAssignment.TryResolve(options, 3, "laptop", out var selection, out _));

        Assert.Equal([0, 1, 2], selection.ShardIds);
    }

    [Fact]
    public void Explicit_ids_resolve_as_before()
    {
        var options = new DiscordClientOptions { ShardIds = "0-1" };

        Assert.True(ShardAssignment.TryResolve(options, 4, "fandombot-3", out var selection, out _));

        Assert.Equal([0, 1], selection.ShardIds);
        Assert.Null(selection.Process);
    }

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public void A_wrong_or_missing_setting_is_one_line_naming_the_key(DiscordClientOptions options, string hostName, string expected)
    {
        Assert.False(ShardAssignment.TryValidate(options, hostName, out var error));

        Assert.Equal(expected, error);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Auto_refuses_discords_recommended_count_at_start_too()
    {
        var options = new DiscordClientOptions { ShardIds = "auto", ProcessCount = 2 };

        Assert.False(ShardAssignment.TryResolve(options, 16, "fandombot-0", out var selection, out var error));

        Assert.Null(selection);
        Assert.StartsWith("Discord:ShardCount must be set when Discord:ShardIds is auto", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_settings_of_every_pod_of_a_statefulset()
    {
        var options = Auto(shardCount: 16, processCount: 4);

        Assert.All(Enumerable.Range(0, 4), k => Assert.True(ShardAssignment.TryValidate(options, $"fandombot-{k}", out _)));
    }

    public static TheoryData<DiscordClientOptions, string, string> WrongSettings() => new()
    {
        {
            new DiscordClientOptions { ShardIds = "auto", ProcessCount = 2 }, "fandombot-0",
            "Discord:ShardCount must be set when Discord:ShardIds is auto: every process must split the same total, and Discord's recommended count can change between starts."
        },
        {
            new DiscordClientOptions { ShardIds = "auto", ShardCount = 0, ProcessCount = 2 }, "fandombot-0",
            "Discord:ShardCount must be at least 1, not 0."
        },
        {
            new DiscordClientOptions { ShardIds = "auto", ShardCount = 4 }, "fandombot-0",
            "Discord:ProcessCount must be set when Discord:ShardIds is auto: the number of processes sharing the shards (a StatefulSet's replicas)."
        },
        {
            Auto(shardCount: 4, processCount: 0), "fandombot-0",
            "Discord:ProcessCount must be at least 1 (got 0)."
        },
        {
            Auto(shardCount: 4, processCount: 6), "fandombot-0",
            "Discord:ProcessCount 6 is more than Discord:ShardCount 4: processes 4..5 would run no shard."
        },
        {
            Auto(shardCount: 4, processCount: 2, processIndex: 2), "fandombot-0",
            "Discord:ProcessIndex 2 is outside 0..1 (Discord:ProcessCount is 2)."
        },
        {
            Auto(shardCount: 4, processCount: 2, processIndex: -1), "fandombot-0",
            "Discord:ProcessIndex -1 is outside 0..1 (Discord:ProcessCount is 2)."
        },
        {
            Auto(shardCount: 4, processCount: 2), "fandombot-2",
            "Discord:ProcessCount is 2, but the host name 'fandombot-2' makes this process 2 (processes are 0..1): set Discord:ProcessCount to the StatefulSet's replicas."
        },
        {
            Auto(shardCount: 4, processCount: 2), "build-box",
            "Discord:ProcessIndex is not set and the host name 'build-box' does not end in a number as a StatefulSet pod's does (fandombot-3): set Discord:ProcessIndex, or run as a StatefulSet pod."
        },
        {
            new DiscordClientOptions { ShardIds = "0-1", ShardCount = 4, ProcessCount = 2 }, "fandombot-0",
            "Discord:ProcessCount is set, but Discord:ShardIds is '0-1', not auto: Discord:ProcessCount and Discord:ProcessIndex only split the shards with Discord:ShardIds=auto."
        },
        {
            new DiscordClientOptions { ProcessIndex = 1 }, "fandombot-0",
            "Discord:ProcessIndex is set, but Discord:ShardIds is empty (all shards), not auto: Discord:ProcessCount and Discord:ProcessIndex only split the shards with Discord:ShardIds=auto."
        },
    };

    private static DiscordClientOptions Auto(int shardCount, int processCount, int? processIndex = null) =>
        new() { ShardIds = "auto", ShardCount = shardCount, ProcessCount = processCount, ProcessIndex = processIndex };
}
