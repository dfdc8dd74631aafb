using FandomBot.Discord.Gateway;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4000, GatewayCloseAction.Resume)]
    [InlineData(4001, GatewayCloseAction.Resume)]
    [InlineData(4002, GatewayCloseAction.Resume)]
    [InlineData(4003, GatewayCloseAction.Resume)]
    [InlineData(4005, GatewayCloseAction.Resume)]
    [InlineData(4008, GatewayCloseAction.Resume)]
    [InlineData(4007, GatewayCloseAction.Reidentify)]
    [InlineData(4009, GatewayCloseAction.Reidentify)]
    [InlineData(4004, GatewayCloseAction.Stop)]
    [InlineData(4010, GatewayCloseAction.Stop)]
    [InlineData(4011, GatewayCloseAction.Stop)]
    [InlineData(4012, GatewayCloseAction.Stop)]
    [InlineData(4013, GatewayCloseAction.Stop)]
    [InlineData(4014, GatewayCloseAction.Stop)]
    [InlineData(1000, GatewayCloseAction.Reconnect)]
    [InlineData(1006, GatewayCloseAction.Reconnect)]
    [InlineData(null, GatewayCloseAction.Reconnect)]
    public void Classifies_each_close_code(int? code, GatewayCloseAction expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));

    [Fact]
    public void Our_own_reconnect_code_keeps_the_session_resumable()
    {
        Assert.NotEqual(1000, GatewayCloseCodes.ClientReconnect);
        Assert.NotEqual(1001, GatewayCloseCodes.ClientReconnect);
        Assert.InRange(GatewayCloseCodes.ClientReconnect, 4000, 4999);
    }
}
