using FandomBot.Diagnostics;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace FandomBot.Tests.Diagnostics;

public sealed class TelemetryResourceTests
{
    [Theory]
    [InlineData("auto", "8", "4", "fandombot-3", "3,7")]
    [InlineData("0-1", "4", null, "anything", "0,1")]
    [InlineData(null, "2", null, "anything", "0,1")]
    [InlineData(null, null, null, "anything", "all")]
    [InlineData("auto", null, "4", "fandombot-3", "auto")]
    public void Shard_ids_are_the_ones_the_shard_manager_will_run_when_configuration_says(string? ids, string? count, string? processes, string host, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ShardIds"] = ids,
            ["Discord:ShardCount"] = count,
            ["Discord:ProcessCount"] = processes,
        }).Build();

        Assert.Equal(expected, TelemetryResource.ShardIds(configuration, host));
    }

    [Fact]
    public void The_pod_name_is_the_host_name()
    {
        var attributes = TelemetryResource.Attributes(new ConfigurationBuilder().Build(), "fandombot-2").ToDictionary(a => a.Key, a => a.Value);

        Assert.Equal("fandombot-2", attributes["k8s.pod.name"]);
        Assert.Equal("all", attributes["fandombot.discord.shard_ids"]);
    }
}
