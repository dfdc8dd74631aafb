using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using FandomBot.Gateway;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FandomBot.Interactions;

/// <summary>
/// Bulk-overwrites <see cref="SlashCommandCatalog.All"/> once per process, on the first READY or RESUMED of any shard
/// (every shard sees the same application; overwriting per shard would only spend rate limit). RESUMED counts
/// because a process that took over its shards' sessions never sees READY, and a deploy must still bring its
/// commands. Globally, or to <c>Discord:CommandGuildId</c>. A failed attempt is tried again on the next one.
/// </summary>
internal sealed partial class CommandRegistrar(
    DiscordRestClient rest,
    SlashCommandCatalog catalog,
    InFlightWork inFlight,
    IOptions<CommandRegistrationOptions> options,
    ILogger<CommandRegistrar> logger) : IGatewayEventHandler<ReadyEvent>, IGatewayEventHandler<ResumedEvent>
{
    private int _state; // 0 not yet, 1 running or done

    public ValueTask HandleAsync(ReadyEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        Start(gatewayEvent.ApplicationId, cancellationToken);
        return ValueTask.CompletedTask;
    }

    /// <summary>RESUMED carries no application id: registration asks Discord for it.</summary>
    public ValueTask HandleAsync(ResumedEvent gatewayEvent, CancellationToken cancellationToken)
    {
        Start(default, cancellationToken);
        return ValueTask.CompletedTask;
    }

    private void Start(Snowflake applicationId, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) == 0)
        {
            if (!inFlight.TryRun("command registration", () => RegisterAsync(applicationId, cancellationToken)))
            {
                Volatile.Write(ref _state, 0);
            }
        }
    }

    /// <summary>Registers the catalogue; true when Discord accepted it.</summary>
    public async Task<bool> RegisterAsync(Snowflake applicationId, CancellationToken cancellationToken)
    {
        try
        {
            if (applicationId.Value == 0)
            {
                var application = await rest.GetCurrentApplicationAsync(cancellationToken).ConfigureAwait(false);
                if (!application.IsSuccess)
                {
                    LogFailed(logger, application.Error.ToString());
                    Volatile.Write(ref _state, 0);
                    return false;
                }

                applicationId = application.Value.Id;
            }

            var guild = options.Value.GuildId;
            var result = guild is { } guildId
                ? await rest.BulkOverwriteGuildCommandsAsync(applicationId, new Snowflake(guildId), catalog.All, cancellationToken).ConfigureAwait(false)
                : await rest.BulkOverwriteGlobalCommandsAsync(applicationId, catalog.All, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                LogFailed(logger, result.Error.ToString());
                Volatile.Write(ref _state, 0);
                return false;
            }

            LogRegistered(logger, result.Value.Count, guild is null ? "globally" : $"to guild {guild}");
            return true;
        }
        catch
        {
            Volatile.Write(ref _state, 0);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} slash commands {Where}")]
    private static partial void LogRegistered(ILogger logger, int count, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering the slash commands failed ({Error}); trying again on the next READY")]
    private static partial void LogFailed(ILogger logger, string error);
}
