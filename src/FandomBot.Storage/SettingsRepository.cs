using System.Collections.Immutable;
using System.Data.Common;
using FandomBot.Storage.Sql;

namespace FandomBot.Storage;

/// <summary>
/// The store's SQL, shared by SQLite and PostgreSQL (both speak <c>INSERT ... ON CONFLICT</c> and <c>RETURNING</c>).
/// Every method opens its own pooled connection and transaction; exceptions are the database's, and the caller
/// (<see cref="CachedSettingsStore"/>) turns outages into typed errors.
/// </summary>
internal sealed class SettingsRepository(ISettingsDatabase database)
{
    private const string ReadGuildSql = """
        SELECT version, reminders_enabled, scope, delivery, cooldown_minutes, mod_log_channel_id FROM guild_settings WHERE guild_id = @g;
        SELECT channel_id FROM guild_listed_channels WHERE guild_id = @g;
        SELECT role_id FROM guild_exempt_roles WHERE guild_id = @g;
        SELECT name, aliases, kind FROM guild_people WHERE guild_id = @g;
        SELECT pack_id FROM guild_disabled_packs WHERE guild_id = @g;
        """;

    private const string UpsertGuildSql = """
        INSERT INTO guild_settings (guild_id, version, reminders_enabled, scope, delivery, cooldown_minutes, mod_log_channel_id)
        VALUES (@GuildId, @Version, @RemindersEnabled, @Scope, @Delivery, @CooldownMinutes, @ModLogChannelId)
        ON CONFLICT (guild_id) DO UPDATE SET
            version = excluded.version,
            reminders_enabled = excluded.reminders_enabled,
            scope = excluded.scope,
            delivery = excluded.delivery,
            cooldown_minutes = excluded.cooldown_minutes,
            mod_log_channel_id = excluded.mod_log_channel_id
        """;

    private const string UpsertPersonSql = """
        INSERT INTO guild_people (guild_id, name_key, name, kind, aliases) VALUES (@GuildId, @NameKey, @Name, @Kind, @Aliases)
        ON CONFLICT (guild_id, name_key) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases
        """;

    private const string IncrementCounterSql = """
        INSERT INTO guild_counters (guild_id, reminders_sent, false_positive_reports) VALUES (@GuildId, @Sent, @Reports)
        ON CONFLICT (guild_id) DO UPDATE SET
            reminders_sent = guild_counters.reminders_sent + excluded.reminders_sent,
            false_positive_reports = guild_counters.false_positive_reports + excluded.false_positive_reports
        RETURNING reminders_sent, false_positive_reports
        """;

    // Every table that holds anything about a guild: ForgetAsync empties them all.
    internal static readonly IReadOnlyList<string> GuildTables =
        ["guild_settings", "guild_listed_channels", "guild_exempt_roles", "guild_people", "guild_disabled_packs", "guild_counters"];

    /// <summary>A guild's settings and the revision of the snapshot they come from.</summary>
    public async Task<CachedGuild> LoadAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var revision = await ReadRevisionAsync(connection, transaction, cancellationToken);
        var settings = await ReadGuildAsync(connection, transaction, guildId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CachedGuild(settings, revision);
    }

    /// <summary>The current revision and every configured guild's version, from one snapshot.</summary>
    public async Task<(long Revision, Dictionary<ulong, long> Versions)> ReadVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var revision = await ReadRevisionAsync(connection, transaction, cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT guild_id, version FROM guild_settings", transaction, row => (GuildId: row.GetInt64(0), Version: row.GetInt64(1)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (revision, rows.ToDictionary(row => SettingsColumns.Id(row.GuildId), row => row.Version));
    }

    /// <summary>The current revision alone: the cheap "did anything change?" check of every poll.</summary>
    public async Task<long> ReadRevisionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadRevisionAsync(connection, null, cancellationToken);
    }

    /// <summary>
    /// Reads the guild under the write lock, applies <paramref name="edit"/> (which validates against the current
    /// settings, e.g. the people limit), and stores the difference. Nothing is written when the edit fails.
    /// </summary>
    public async Task<StoreResult<GuildSettings>> EditAsync(
        ulong guildId, Func<GuildSettings, StoreResult<GuildSettings>> edit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var revision = await BumpRevisionAsync(connection, transaction, cancellationToken);
        var before = await ReadGuildAsync(connection, transaction, guildId, cancellationToken);
        var edited = edit(before);
        if (!edited.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            return edited;
        }

        var after = edited.Value with { GuildId = guildId, Version = revision };
        await SaveAsync(connection, transaction, before, after, cancellationToken);
        await database.SignalChangeAsync(connection, transaction, guildId, cancellationToken);

        // Not cancellable: once the commit is sent, the caller must learn its outcome rather than a cancellation.
        await transaction.CommitAsync(CancellationToken.None);
        return StoreResult.Success(after);
    }

    /// <summary>Deletes every row of the guild; returns whether there were any, and the revision of the deletion.</summary>
    public async Task<(bool Existed, long Revision)> ForgetAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var revision = await BumpRevisionAsync(connection, transaction, cancellationToken);
        var deleted = 0;
        foreach (var table in GuildTables)
        {
            deleted += await connection.ExecuteAsync(
                $"DELETE FROM {table} WHERE guild_id = @GuildId", transaction, cancellationToken, SqlArgument.Of("GuildId", SettingsColumns.Id(guildId)));
        }

        await database.SignalChangeAsync(connection, transaction, guildId, cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
        return (deleted > 0, revision);
    }

    /// <summary>Adds one to a counter. Counters do not bump the revision: counting must not invalidate caches.</summary>
    public async Task<GuildCounters> IncrementAsync(ulong guildId, GuildCounter counter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            IncrementCounterSql,
            transaction: null,
            row => new GuildCounters(guildId, row.GetInt64(0), row.GetInt64(1)),
            cancellationToken,
            SqlArgument.Of("GuildId", SettingsColumns.Id(guildId)),
            SqlArgument.Of("Sent", counter == GuildCounter.RemindersSent ? 1L : 0L),
            SqlArgument.Of("Reports", counter == GuildCounter.FalsePositiveReports ? 1L : 0L));
        return rows.Single();
    }

    public async Task<GuildCounters> ReadCountersAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT reminders_sent, false_positive_reports FROM guild_counters WHERE guild_id = @GuildId",
            transaction: null,
            row => new GuildCounters(guildId, row.GetInt64(0), row.GetInt64(1)),
            cancellationToken,
            SqlArgument.Of("GuildId", SettingsColumns.Id(guildId)));
        return rows.SingleOrDefault() ?? GuildCounters.None(guildId);
    }

    private static Task<long> ReadRevisionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>("SELECT revision FROM settings_revision WHERE id = 1", transaction, cancellationToken);

    // Also the write lock on PostgreSQL: the row stays locked until commit, so settings writes of all processes
    // happen one after another and revisions are committed in order.
    private static Task<long> BumpRevisionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>("UPDATE settings_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision", transaction, cancellationToken);

    private static async Task<GuildSettings> ReadGuildAsync(
        DbConnection connection, DbTransaction transaction, ulong guildId, CancellationToken cancellationToken)
    {
        await using var command = DbConnectionSqlExtensions.Create(connection, ReadGuildSql, transaction, [SqlArgument.Of("g", SettingsColumns.Id(guildId))]);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            // No row: never configured, or forgotten. Child rows only exist with a guild row (every edit writes it).
            return GuildSettings.Defaults(guildId);
        }

        var settings = new GuildSettings
        {
            GuildId = guildId,
            Version = reader.GetInt64(0),
            RemindersEnabled = reader.GetBoolean(1),
            Scope = SettingsColumns.Scope(reader.GetString(2)),
            Delivery = SettingsColumns.Delivery(reader.GetString(3)),
            CooldownMinutes = reader.GetInt32(4),
            ModLogChannelId = await reader.IsDBNullAsync(5, cancellationToken) ? null : SettingsColumns.Id(reader.GetInt64(5)),
        };

        await reader.NextResultAsync(cancellationToken);
        var channels = ImmutableSortedSet.CreateBuilder<ulong>();
        while (await reader.ReadAsync(cancellationToken))
        {
            channels.Add(SettingsColumns.Id(reader.GetInt64(0)));
        }

        await reader.NextResultAsync(cancellationToken);
        var roles = ImmutableSortedSet.CreateBuilder<ulong>();
        while (await reader.ReadAsync(cancellationToken))
        {
            roles.Add(SettingsColumns.Id(reader.GetInt64(0)));
        }

        await reader.NextResultAsync(cancellationToken);
        var people = new List<GuildPerson>();
        while (await reader.ReadAsync(cancellationToken))
        {
            people.Add(new GuildPerson(reader.GetString(0), SettingsColumns.Aliases(reader.GetString(1)), SettingsColumns.Kind(reader.GetString(2))));
        }

        await reader.NextResultAsync(cancellationToken);
        var packs = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            packs.Add(reader.GetString(0));
        }

        return settings with
        {
            ListedChannelIds = channels.ToImmutable(),
            ExemptRoleIds = roles.ToImmutable(),
            People = PeopleOrder.Sort(people),
            DisabledPackIds = packs.ToImmutable(),
        };
    }

    // Writes only what changed: a cooldown change must not rewrite a guild's 2,000 people.
    private static async Task SaveAsync(
        DbConnection connection, DbTransaction transaction, GuildSettings before, GuildSettings after, CancellationToken cancellationToken)
    {
        var guildId = SettingsColumns.Id(after.GuildId);
        await connection.ExecuteAsync(
            UpsertGuildSql,
            transaction,
            cancellationToken,
            SqlArgument.Of("GuildId", guildId),
            SqlArgument.Of("Version", after.Version),
            SqlArgument.Of("RemindersEnabled", after.RemindersEnabled),
            SqlArgument.Of("Scope", SettingsColumns.Text(after.Scope)),
            SqlArgument.Of("Delivery", SettingsColumns.Text(after.Delivery)),
            SqlArgument.Of("CooldownMinutes", after.CooldownMinutes),
            SqlArgument.Of("ModLogChannelId", after.ModLogChannelId is { } channel ? SettingsColumns.Id(channel) : null));

        await SyncIdsAsync(connection, transaction, "guild_listed_channels", "channel_id", guildId, before.ListedChannelIds, after.ListedChannelIds, cancellationToken);
        await SyncIdsAsync(connection, transaction, "guild_exempt_roles", "role_id", guildId, before.ExemptRoleIds, after.ExemptRoleIds, cancellationToken);

        await connection.ExecuteEachAsync(
            "INSERT INTO guild_disabled_packs (guild_id, pack_id) VALUES (@GuildId, @PackId)",
            transaction,
            after.DisabledPackIds.Except(before.DisabledPackIds),
            pack => [SqlArgument.Of("GuildId", guildId), SqlArgument.Of("PackId", pack)],
            cancellationToken);
        await connection.ExecuteEachAsync(
            "DELETE FROM guild_disabled_packs WHERE guild_id = @GuildId AND pack_id = @PackId",
            transaction,
            before.DisabledPackIds.Except(after.DisabledPackIds),
            pack => [SqlArgument.Of("GuildId", guildId), SqlArgument.Of("PackId", pack)],
            cancellationToken);

        var beforePeople = before.People.ToDictionary(person => PersonNameKey.For(person.Name), StringComparer.Ordinal);
        var afterPeople = after.People.ToDictionary(person => PersonNameKey.For(person.Name), StringComparer.Ordinal);
        await connection.ExecuteEachAsync(
            "DELETE FROM guild_people WHERE guild_id = @GuildId AND name_key = @NameKey",
            transaction,
            beforePeople.Keys.Where(key => !afterPeople.ContainsKey(key)),
            key => [SqlArgument.Of("GuildId", guildId), SqlArgument.Of("NameKey", key)],
            cancellationToken);
        await connection.ExecuteEachAsync(
            UpsertPersonSql,
            transaction,
            afterPeople.Where(pair => !beforePeople.TryGetValue(pair.Key, out var old) || !old.Equals(pair.Value)),
            pair =>
            [
                SqlArgument.Of("GuildId", guildId),
                SqlArgument.Of("NameKey", pair.Key),
                SqlArgument.Of("Name", pair.Value.Name),
                SqlArgument.Of("Kind", SettingsColumns.Text(pair.Value.Kind)),
                SqlArgument.Of("Aliases", SettingsColumns.Aliases(pair.Value.Aliases)),
            ],
            cancellationToken);
    }

    private static async Task SyncIdsAsync(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        string column,
        long guildId,
        ImmutableSortedSet<ulong> before,
        ImmutableSortedSet<ulong> after,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteEachAsync(
            $"INSERT INTO {table} (guild_id, {column}) VALUES (@GuildId, @Id)",
            transaction,
            after.Except(before),
            id => [SqlArgument.Of("GuildId", guildId), SqlArgument.Of("Id", SettingsColumns.Id(id))],
            cancellationToken);
        await connection.ExecuteEachAsync(
            $"DELETE FROM {table} WHERE guild_id = @GuildId AND {column} = @Id",
            transaction,
            before.Except(after),
            id => [SqlArgument.Of("GuildId", guildId), SqlArgument.Of("Id", SettingsColumns.Id(id))],
            cancellationToken);
    }
}
