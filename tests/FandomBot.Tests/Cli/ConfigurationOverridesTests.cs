using FandomBot.Cli;
using Xunit;

namespace FandomBot.Tests.Cli;

public sealed class ConfigurationOverridesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("--Discord:ShardCount=2")]
    [InlineData("--Discord:ShardCount 2 --Storage:Provider=Postgres")]
    public void Overrides_are_accepted(string tokens) => Assert.Null(ConfigurationOverrides.FindStray(Split(tokens)));

    [Theory]
    [InlineData("qoute", "qoute")]
    [InlineData("--Discord:ShardCount=2 extra", "extra")]
    [InlineData("--Discord:ShardCount", "--Discord:ShardCount")]
    [InlineData("--", "--")]
    public void Anything_else_is_named(string tokens, string stray) => Assert.Equal(stray, ConfigurationOverrides.FindStray(Split(tokens)));

    private static string[] Split(string tokens) => tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
