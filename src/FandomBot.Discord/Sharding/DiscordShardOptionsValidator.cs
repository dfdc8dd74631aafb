using Microsoft.Extensions.Options;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Checks <c>Discord:ShardCount</c> and <c>Discord:ShardIds</c> at start-up, naming the key and the wrong value.
/// Without a configured count the ids can only be checked for form here; their range is checked against Discord's
/// recommended count when the shards start.
/// </summary>
public sealed class DiscordShardOptionsValidator : IValidateOptions<DiscordClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DiscordClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ShardCount is { } count)
        {
            return ShardSelection.TryParse(options.ShardIds, count, out _, out var error)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(error);
        }

        return ShardSelection.IsWellFormed(options.ShardIds, out var formError)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(formError);
    }
}
