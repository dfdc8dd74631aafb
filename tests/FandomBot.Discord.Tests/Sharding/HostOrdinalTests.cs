using FandomBot.Discord.Sharding;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

public sealed class HostOrdinalTests
{
    [Theory]
    [InlineData("fandombot-0", 0)]
    [InlineData("fandombot-3", 3)]
    [InlineData("fandombot-12", 12)]
    [InlineData("my-fan-bot-7", 7)]
    [InlineData("fandombot-3.fandombot.bots.svc.cluster.local", 3)]
    [InlineData(" fandombot-5 ", 5)]
    public void Reads_the_ordinal_a_statefulset_puts_at_the_end_of_the_pod_name(string hostName, int expected)
    {
        Assert.True(HostOrdinal.TryParse(hostName, out var ordinal));
        Assert.Equal(expected, ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fandombot")]
    [InlineData("fandombot-")]
    [InlineData("fandombot-x")]
    [InlineData("fandombot-1a")]
    [InlineData("-3")]
    [InlineData("fandombot-99999999999")]
    [InlineData("fandombot.3")]
    [InlineData("fandombot-deployment-7d4b9c6f5-x2lqp")]
    public void Finds_no_ordinal_in_other_host_names(string? hostName) => Assert.False(HostOrdinal.TryParse(hostName, out _));
}
