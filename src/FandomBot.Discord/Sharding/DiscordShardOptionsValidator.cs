using Microsoft.Extensions.Options;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Checks <c>Discord:ShardCount</c>, <c>Discord:ShardIds</c> and, for <c>auto</c>, <c>Discord:ProcessCount</c> and
/// <c>Discord:ProcessIndex</c> (or the host name's ordinal) at start-up, naming the key and the wrong value. Without a
/// configured count explicit ids can only be checked for form here; their range is checked against Discord's
/// recommended count when the shards start.
/// </summary>
public sealed class DiscordShardOptionsValidator : IValidateOptions<DiscordClientOptions>
{
    private readonly Func<string> _hostName;

    /// <summary>Checks against this machine's host name (<see cref="HostOrdinal.CurrentHostName"/>).</summary>
    public DiscordShardOptionsValidator()
        : this(() => HostOrdinal.CurrentHostName)
    {
    }

    /// <summary>Checks against the given host name, for tests.</summary>
    internal DiscordShardOptionsValidator(Func<string> hostName) => _hostName = hostName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DiscordClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ShardAssignment.TryValidate(options, _hostName(), out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(error);
    }
}
