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

    [Theory]
    [InlineData("MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789_-abc", true)]
    [InlineData("general.2024.json", false)]
    [InlineData("a-long-channel-name-export.json", false)]
    [InlineData("exports/general.json", false)]
    [InlineData("speculation", false)]
    [InlineData("kit-connor-reign-pressuring-us-to-come-out", false)]
    [InlineData("kit-connor-tvline-2022-owe-it-to-anyone", false)]
    [InlineData("Zq3vX9kLmN2pR7sT4uW8yB1cD5eF6gH0", true)]
    public void Words_that_could_be_a_token_are_told_from_file_names(string word, bool tokenLike) =>
        Assert.Equal(tokenLike, ConfigurationOverrides.LooksLikeToken(word));

    private static string[] Split(string tokens) => tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
