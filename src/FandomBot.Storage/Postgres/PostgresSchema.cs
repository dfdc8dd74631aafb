namespace FandomBot.Storage.Postgres;

/// <summary>The PostgreSQL schema, as versioned migrations. Ids are Discord snowflakes stored as bigint.</summary>
internal static class PostgresSchema
{
    public const string CreateSchemaVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    integer NOT NULL PRIMARY KEY,
            name       text    NOT NULL,
            applied_at text    NOT NULL
        );
        """;

    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "guild settings, people, disabled packs, counters", """
            -- One row, bumped by every settings write: its row lock serialises settings writes across processes, and
            -- pollers compare it to know whether anything changed since they last looked.
            CREATE TABLE settings_revision (
                id       integer NOT NULL PRIMARY KEY CHECK (id = 1),
                revision bigint  NOT NULL
            );
            INSERT INTO settings_revision (id, revision) VALUES (1, 0);

            CREATE TABLE guild_settings (
                guild_id           bigint  NOT NULL PRIMARY KEY,
                version            bigint  NOT NULL,
                reminders_enabled  boolean NOT NULL,
                scope              text    NOT NULL CHECK (scope IN ('all', 'listed')),
                delivery           text    NOT NULL CHECK (delivery IN ('reply', 'dm', 'log-only')),
                cooldown_minutes   integer NOT NULL CHECK (cooldown_minutes BETWEEN 0 AND 1440),
                mod_log_channel_id bigint  NULL
            );

            CREATE TABLE guild_listed_channels (
                guild_id   bigint NOT NULL,
                channel_id bigint NOT NULL,
                PRIMARY KEY (guild_id, channel_id)
            );

            CREATE TABLE guild_exempt_roles (
                guild_id bigint NOT NULL,
                role_id  bigint NOT NULL,
                PRIMARY KEY (guild_id, role_id)
            );

            CREATE TABLE guild_people (
                guild_id bigint NOT NULL,
                name_key text   NOT NULL,
                name     text   NOT NULL,
                kind     text   NOT NULL CHECK (kind IN ('real', 'fictional')),
                aliases  text   NOT NULL,
                PRIMARY KEY (guild_id, name_key)
            );

            CREATE TABLE guild_disabled_packs (
                guild_id bigint NOT NULL,
                pack_id  text   NOT NULL,
                PRIMARY KEY (guild_id, pack_id)
            );

            CREATE TABLE guild_counters (
                guild_id               bigint NOT NULL PRIMARY KEY,
                reminders_sent         bigint NOT NULL,
                false_positive_reports bigint NOT NULL
            );
            """),
        new(2, "gateway sessions handed over at shutdown, identify rate-limit buckets", """
            -- A session a shard left at shutdown for the next owner of the shard to resume; taken (deleted) on start.
            CREATE TABLE gateway_sessions (
                shard_id         integer NOT NULL PRIMARY KEY,
                shard_count      integer NOT NULL,
                session_id       text    NOT NULL,
                sequence         bigint  NULL,
                resume_url       text    NOT NULL,
                saved_at_unix_ms bigint  NOT NULL
            );

            -- When each identify bucket (shard_id % max_concurrency) last sent an IDENTIFY, by the database's clock.
            -- Processes take a bucket with an advisory lock before reading or writing its row.
            CREATE TABLE gateway_identify_buckets (
                bucket           integer     NOT NULL PRIMARY KEY,
                last_identify_at timestamptz NOT NULL
            );
            """),
        new(3, "the bot's daily session starts, shared by its processes", """
            -- Discord's session_start_limit counts IDENTIFYs per bot per day whatever the process; each process shares
            -- what GET /gateway/bot told it and spends one start per IDENTIFY here. One row.
            CREATE TABLE gateway_session_starts (
                id        smallint    NOT NULL PRIMARY KEY CHECK (id = 1),
                remaining integer     NOT NULL,
                resets_at timestamptz NOT NULL
            );
            """),
        new(4, "a handed-over session's server ids", """
            -- The shard's server ids (comma-separated) for the next owner's count: a resumed session gets no GUILD_CREATEs.
            ALTER TABLE gateway_sessions ADD COLUMN guild_ids text NULL;
            """),
    ];
}
