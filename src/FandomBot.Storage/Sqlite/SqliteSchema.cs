namespace FandomBot.Storage.Sqlite;

/// <summary>The SQLite schema, as versioned migrations. Ids are Discord snowflakes stored as signed 64-bit integers.</summary>
internal static class SqliteSchema
{
    public const string CreateSchemaVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        );
        """;

    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "guild settings, people, disabled packs, counters", """
            -- One row, bumped by every settings write: writes are serialised on it, and pollers compare it to know
            -- whether anything changed since they last looked.
            CREATE TABLE settings_revision (
                id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                revision INTEGER NOT NULL
            );
            INSERT INTO settings_revision (id, revision) VALUES (1, 0);

            CREATE TABLE guild_settings (
                guild_id           INTEGER NOT NULL PRIMARY KEY,
                version            INTEGER NOT NULL,
                reminders_enabled  INTEGER NOT NULL CHECK (reminders_enabled IN (0, 1)),
                scope              TEXT    NOT NULL CHECK (scope IN ('all', 'listed')),
                delivery           TEXT    NOT NULL CHECK (delivery IN ('reply', 'dm', 'log-only')),
                cooldown_minutes   INTEGER NOT NULL CHECK (cooldown_minutes BETWEEN 0 AND 1440),
                mod_log_channel_id INTEGER NULL
            );

            CREATE TABLE guild_listed_channels (
                guild_id   INTEGER NOT NULL,
                channel_id INTEGER NOT NULL,
                PRIMARY KEY (guild_id, channel_id)
            ) WITHOUT ROWID;

            CREATE TABLE guild_exempt_roles (
                guild_id INTEGER NOT NULL,
                role_id  INTEGER NOT NULL,
                PRIMARY KEY (guild_id, role_id)
            ) WITHOUT ROWID;

            CREATE TABLE guild_people (
                guild_id INTEGER NOT NULL,
                name_key TEXT    NOT NULL,
                name     TEXT    NOT NULL,
                kind     TEXT    NOT NULL CHECK (kind IN ('real', 'fictional')),
                aliases  TEXT    NOT NULL,
                PRIMARY KEY (guild_id, name_key)
            ) WITHOUT ROWID;

            CREATE TABLE guild_disabled_packs (
                guild_id INTEGER NOT NULL,
                pack_id  TEXT    NOT NULL,
                PRIMARY KEY (guild_id, pack_id)
            ) WITHOUT ROWID;

            CREATE TABLE guild_counters (
                guild_id               INTEGER NOT NULL PRIMARY KEY,
                reminders_sent         INTEGER NOT NULL,
                false_positive_reports INTEGER NOT NULL
            );
            """),
        new(2, "gateway sessions handed over at shutdown, identify rate-limit buckets", """
            -- A session a shard left at shutdown for the next owner of the shard (this process, restarted) to resume;
            -- taken (deleted) on start.
            CREATE TABLE gateway_sessions (
                shard_id         INTEGER NOT NULL PRIMARY KEY,
                shard_count      INTEGER NOT NULL,
                session_id       TEXT    NOT NULL,
                sequence         INTEGER NULL,
                resume_url       TEXT    NOT NULL,
                saved_at_unix_ms INTEGER NOT NULL
            );

            -- When each identify bucket (shard_id % max_concurrency) last sent an IDENTIFY: a restarted process
            -- waits 5 s after its predecessor's last one.
            CREATE TABLE gateway_identify_buckets (
                bucket                INTEGER NOT NULL PRIMARY KEY,
                last_identify_unix_ms INTEGER NOT NULL
            );
            """),
        new(3, "a handed-over session's server ids", """
            -- The shard's server ids (comma-separated) for the next owner's count: a resumed session gets no GUILD_CREATEs.
            ALTER TABLE gateway_sessions ADD COLUMN guild_ids TEXT NULL;
            """),
    ];
}
