using FandomBot.Core.Reminders;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Detectors;
using FandomBot.Gateway;
using FandomBot.Storage;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// GUILD_DELETE without <c>unavailable</c>: the bot was removed, so everything about the guild goes: its stored data
/// (the store retries by itself if the database is down), its cooldowns, its detector, its channels' context and its threads' parents.
/// An outage (<c>unavailable: true</c>) forgets nothing: the guild comes back. A guild whose data was erased another
/// way (<c>/reminders forget</c>, or another process) is seen through <see cref="ISettingsStore.GuildSettingsChanged"/>
/// reporting its settings back at version 0, and its in-memory state goes too.
/// </summary>
internal sealed class GuildDeparture : IGatewayEventHandler<GuildDeleteEvent>, IDisposable
{
    private readonly ISettingsStore _store;
    private readonly GuildDetectors _detectors;
    private readonly ChannelContexts _contexts;
    private readonly ThreadParents _threadParents;
    private readonly ReminderCooldowns _cooldowns;
    private readonly InFlightWork _inFlight;
    private readonly ILogger<GuildDeparture> _logger;

    public GuildDeparture(
        ISettingsStore store,
        GuildDetectors detectors,
        ChannelContexts contexts,
        ThreadParents threadParents,
        ReminderCooldowns cooldowns,
        InFlightWork inFlight,
        ILogger<GuildDeparture> logger)
    {
        _store = store;
        _detectors = detectors;
        _contexts = contexts;
        _threadParents = threadParents;
        _cooldowns = cooldowns;
        _inFlight = inFlight;
        _logger = logger;
        _store.GuildSettingsChanged += OnGuildSettingsChanged;
    }

    public void Dispose() => _store.GuildSettingsChanged -= OnGuildSettingsChanged;

    public ValueTask HandleAsync(GuildDeleteEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        if (gatewayEvent.Unavailable)
        {
            return ValueTask.CompletedTask;
        }

        var guildId = gatewayEvent.GuildId.Value;
        ForgetInMemory(guildId);
        _inFlight.RunRequired("forget guild", async () =>
        {
            var forgotten = await _store.ForgetGuildAsync(guildId, CancellationToken.None).ConfigureAwait(false);
            if (forgotten.IsSuccess)
            {
                _store.Release(guildId);
                _logger.GuildForgotten(guildId);
            }
            else
            {
                _logger.ForgetFailed(guildId, forgotten.Error.Kind.ToString());
            }
        });
        return ValueTask.CompletedTask;
    }

    private void ForgetInMemory(ulong guildId)
    {
        _cooldowns.Forget(guildId);
        _detectors.Forget(guildId);
        _contexts.Forget(guildId);
        _threadParents.ForgetGuild(guildId);
    }

    private void OnGuildSettingsChanged(object? sender, GuildSettingsChangedEventArgs e)
    {
        if (e.Settings.Version == 0)
        {
            ForgetInMemory(e.Settings.GuildId);
        }
    }
}
