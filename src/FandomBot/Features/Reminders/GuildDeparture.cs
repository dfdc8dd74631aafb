using FandomBot.Core.Reminders;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Features.Fandoms;
using FandomBot.Features.Gateway;
using FandomBot.Storage;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// GUILD_DELETE without <c>unavailable</c>: the bot was removed, so everything about the guild goes: its stored data
/// (the store retries by itself if the database is down), its cooldowns, its detector and its channels' context.
/// An outage (<c>unavailable: true</c>) forgets nothing: the guild comes back.
/// </summary>
internal sealed class GuildDeparture(
    ISettingsStore store,
    GuildDirectoryCache detectors,
    ChannelContexts contexts,
    ReminderCooldowns cooldowns,
    InFlightWork inFlight,
    ILogger<GuildDeparture> logger) : IGatewayEventHandler<GuildDeleteEvent>
{
    public ValueTask HandleAsync(GuildDeleteEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        if (gatewayEvent.Unavailable)
        {
            return ValueTask.CompletedTask;
        }

        var guildId = gatewayEvent.GuildId.Value;
        cooldowns.Forget(guildId);
        detectors.Forget(guildId);
        contexts.Forget(guildId);
        inFlight.TryRun("forget guild", async () =>
        {
            var forgotten = await store.ForgetGuildAsync(guildId, CancellationToken.None).ConfigureAwait(false);
            if (forgotten.IsSuccess)
            {
                logger.GuildForgotten(guildId);
            }
            else
            {
                logger.ForgetFailed(guildId, forgotten.Error.Kind.ToString());
            }
        });
        return ValueTask.CompletedTask;
    }
}
