namespace FandomBot.Storage;

/// <summary>
/// Per-guild moderator settings, the guild's own people, fandom packs switched off, and counters.
/// Reads come from an in-memory cache (kept fresh by change notifications and polling, so a change made by another
/// process shows within 30 s) and keep answering while the database is down. Every write is validated first (bad input
/// never reaches the database), is durable when the call returns, and reports expected failures as a
/// <see cref="StoreResult{T}"/> instead of throwing.
/// </summary>
public interface ISettingsStore
{
    /// <summary>Raised after a guild's cached settings changed, whichever process made the change.</summary>
    event EventHandler<GuildSettingsChangedEventArgs>? GuildSettingsChanged;

    /// <summary>
    /// A guild's settings: from the cache, else loaded once from the database (defaults for a guild never configured).
    /// </summary>
    /// <exception cref="SettingsStoreUnavailableException">The guild is not cached and the database is unreachable.</exception>
    ValueTask<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken = default);

    /// <summary>Turns the reminder pipeline on or off (<c>/reminders on|off</c>).</summary>
    Task<StoreResult<GuildSettings>> SetRemindersEnabledAsync(ulong guildId, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>All channels or only the listed ones (<c>/reminders scope</c>).</summary>
    Task<StoreResult<GuildSettings>> SetScopeAsync(ulong guildId, ReminderScope scope, CancellationToken cancellationToken = default);

    /// <summary>Adds a channel to the listed ones; adding one already listed succeeds without change.</summary>
    Task<StoreResult<GuildSettings>> AddListedChannelAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken = default);

    /// <summary>Removes a listed channel; <see cref="StoreErrorKind.NotFound"/> when it was not listed.</summary>
    Task<StoreResult<GuildSettings>> RemoveListedChannelAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken = default);

    /// <summary>Reply, DM or log-only (<c>/reminders delivery</c>).</summary>
    Task<StoreResult<GuildSettings>> SetDeliveryAsync(ulong guildId, ReminderDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Per-member cooldown in minutes, within <see cref="SettingsLimits"/> (<c>/reminders cooldown</c>).</summary>
    Task<StoreResult<GuildSettings>> SetCooldownAsync(ulong guildId, int minutes, CancellationToken cancellationToken = default);

    /// <summary>Sets the mod-log channel, or turns mod-log lines off with null (<c>/reminders log-channel</c>).</summary>
    Task<StoreResult<GuildSettings>> SetModLogChannelAsync(ulong guildId, ulong? channelId, CancellationToken cancellationToken = default);

    /// <summary>Adds an exempt role; adding one already exempt succeeds without change.</summary>
    Task<StoreResult<GuildSettings>> AddExemptRoleAsync(ulong guildId, ulong roleId, CancellationToken cancellationToken = default);

    /// <summary>Removes an exempt role; <see cref="StoreErrorKind.NotFound"/> when it was not exempt.</summary>
    Task<StoreResult<GuildSettings>> RemoveExemptRoleAsync(ulong guildId, ulong roleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a person (<c>/people add</c>). A person whose name matches an existing one (ignoring case) replaces it,
    /// so adding again is how a moderator changes aliases or kind.
    /// </summary>
    Task<StoreResult<GuildSettings>> AddPersonAsync(ulong guildId, GuildPerson person, CancellationToken cancellationToken = default);

    /// <summary>Adds several people in one durable write (an import); all or nothing.</summary>
    Task<StoreResult<GuildSettings>> AddPeopleAsync(ulong guildId, IReadOnlyCollection<GuildPerson> people, CancellationToken cancellationToken = default);

    /// <summary>Removes the person with that name (ignoring case); <see cref="StoreErrorKind.NotFound"/> otherwise.</summary>
    Task<StoreResult<GuildSettings>> RemovePersonAsync(ulong guildId, string name, CancellationToken cancellationToken = default);

    /// <summary>Switches a built-in fandom pack on or off (<c>/people fandom</c>).</summary>
    Task<StoreResult<GuildSettings>> SetPackEnabledAsync(ulong guildId, string packId, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>Adds one to a counter; returns the guild's counters after the increment.</summary>
    Task<StoreResult<GuildCounters>> IncrementCounterAsync(ulong guildId, GuildCounter counter, CancellationToken cancellationToken = default);

    /// <summary>The guild's counters, read from the database (they are not cached).</summary>
    Task<StoreResult<GuildCounters>> GetCountersAsync(ulong guildId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases everything stored about a guild: settings, people, packs, counters (GUILD_DELETE without
    /// <c>unavailable</c>, and <c>/reminders forget</c>). Returns whether anything was stored. When the database is
    /// down the result is <see cref="StoreErrorKind.Unavailable"/> and the store retries the erasure on every refresh
    /// until it succeeds, since GUILD_DELETE will not be sent again.
    /// </summary>
    Task<StoreResult<bool>> ForgetGuildAsync(ulong guildId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The bot no longer serves the guild (it left): its cached settings go, so the cache holds only guilds the bot is
    /// in, however many have come and gone. Read again from the database if the guild comes back.
    /// </summary>
    void Release(ulong guildId);

    /// <summary>
    /// Looks for changes made by other processes now and refreshes the cached guilds that changed. The change watcher
    /// calls this on every notification and poll; tests call it to avoid waiting. Returns how many guilds changed.
    /// </summary>
    Task<StoreResult<int>> RefreshAsync(CancellationToken cancellationToken = default);
}
