using FandomBot.Discord.Gateway;
using FandomBot.Discord.Sharding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewayServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Registers_one_shard_manager_for_the_app()
    {
        await using var services = Build(o => o.Token = "t");

        Assert.Same(services.GetRequiredService<ShardManager>(), services.GetRequiredService<ShardManager>());
        Assert.Contains(services.GetServices<IValidateOptions<DiscordClientOptions>>(), v => v is DiscordShardOptionsValidator);
    }

    [Fact]
    public async Task A_wrong_shard_setting_fails_once_at_start_naming_the_key()
    {
        await using var services = Build(o =>
        {
            o.ShardCount = 4;
            o.ShardIds = "7";
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordClientOptions>>().Value);

        Assert.Contains("Discord:ShardIds '7' is outside 0..3 (Discord:ShardCount is 4).", error.Failures);
    }

    private static ServiceProvider Build(Action<DiscordClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure(configure);
        services.AddDiscordGateway();
        services.AddDiscordGateway();
        return services.BuildServiceProvider();
    }
}
