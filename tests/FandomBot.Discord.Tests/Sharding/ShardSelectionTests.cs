using FandomBot.Discord.Models;
using FandomBot.Discord.Sharding;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

public sealed class ShardSelectionTests
{
    [Theory]
    [InlineData(null, 4, new[] { 0, 1, 2, 3 })]
    [InlineData("", 2, new[] { 0, 1 })]
    [InlineData("0,1", 4, new[] { 0, 1 })]
    [InlineData("0-3", 8, new[] { 0, 1, 2, 3 })]
    [InlineData(" 5 , 0-1 ", 8, new[] { 0, 1, 5 })]
    [InlineData("2-2", 4, new[] { 2 })]
    public void Parses_lists_and_ranges_in_ascending_order(string? text, int count, int[] expected)
    {
        Assert.True(ShardSelection.TryParse(text, count, out var selection, out var error), error);
        Assert.Equal(expected, selection.ShardIds);
        Assert.Equal(count, selection.ShardCount);
    }

    [Theory]
    [InlineData("7", 4, "Discord:ShardIds '7' is outside 0..3 (Discord:ShardCount is 4)")]
    [InlineData("2-5", 4, "Discord:ShardIds '2-5' is outside 0..3 (Discord:ShardCount is 4)")]
    [InlineData("3-1", 4, "Discord:ShardIds '3-1' is a range that runs backwards")]
    [InlineData("0,x", 4, "Discord:ShardIds '0,x' is not a list of shard ids and ranges")]
    [InlineData("-1", 4, "Discord:ShardIds '-1' is not a list of shard ids and ranges")]
    [InlineData("0,0-1", 4, "Discord:ShardIds '0,0-1' names shard 0 more than once")]
    [InlineData("0", 0, "Discord:ShardCount must be at least 1, not 0")]
    public void Explains_a_wrong_value_naming_the_key(string text, int count, string expected)
    {
        Assert.False(ShardSelection.TryParse(text, count, out var selection, out var error));
        Assert.Null(selection);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0UL, 4, 0)]
    [InlineData(5UL << 22, 4, 1)]
    [InlineData((7UL << 22) | 12345, 4, 3)]
    [InlineData(175928847299117063UL, 16, 4)]
    public void Routes_a_guild_to_its_shard_by_discords_formula(ulong guildId, int count, int expected) =>
        Assert.Equal(expected, ShardRouting.ShardFor(new Snowflake(guildId), count));

    [Fact]
    public void Routes_direct_messages_to_shard_zero() => Assert.Equal(0, ShardRouting.ShardFor(null, 16));
}
