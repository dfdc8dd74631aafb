using FandomBot.Discord.Sharding;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

public sealed class DiscordShardOptionsValidatorTests
{
    private readonly DiscordShardOptionsValidator _validator = new();

    [Fact]
    public void Accepts_ids_inside_the_configured_count() =>
        Assert.True(_validator.Validate(null, new DiscordClientOptions { ShardCount = 4, ShardIds = "0-3" }).Succeeded);

    [Fact]
    public void Accepts_no_shard_settings_at_all() =>
        Assert.True(_validator.Validate(null, new DiscordClientOptions()).Succeeded);

    [Fact]
    public void Rejects_an_id_outside_the_count_naming_both_keys()
    {
        var result = _validator.Validate(null, new DiscordClientOptions { ShardCount = 4, ShardIds = "7" });

        Assert.True(result.Failed);
        Assert.Equal("Discord:ShardIds '7' is outside 0..3 (Discord:ShardCount is 4).", result.FailureMessage);
    }

    [Fact]
    public void Rejects_malformed_ids_even_without_a_count()
    {
        var result = _validator.Validate(null, new DiscordClientOptions { ShardIds = "one,two" });

        Assert.True(result.Failed);
        Assert.Contains("Discord:ShardIds 'one,two'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_auto_for_a_pod_whose_ordinal_is_inside_the_process_count()
    {
        var validator = new DiscordShardOptionsValidator(() => "fandombot-1");

        Assert.True(validator.Validate(null, new DiscordClientOptions { ShardIds = "auto", ShardCount = 4, ProcessCount = 2 }).Succeeded);
    }

    [Fact]
    public void Rejects_auto_for_a_pod_beyond_the_process_count_naming_the_key()
    {
        var validator = new DiscordShardOptionsValidator(() => "fandombot-2");

        var result = validator.Validate(null, new DiscordClientOptions { ShardIds = "auto", ShardCount = 4, ProcessCount = 2 });

        Assert.True(result.Failed);
        Assert.StartsWith("Discord:ProcessCount is 2, but the host name 'fandombot-2' makes this process 2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_count_below_one()
    {
        var result = _validator.Validate(null, new DiscordClientOptions { ShardCount = 0 });

        Assert.True(result.Failed);
        Assert.Contains("Discord:ShardCount", result.FailureMessage, StringComparison.Ordinal);
    }
}
