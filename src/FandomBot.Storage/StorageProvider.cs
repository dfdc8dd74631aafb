namespace FandomBot.Storage;

/// <summary>The database behind the settings store.</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file (the default): one process, nothing to install.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL: several processes sharing the shards see one set of settings.</summary>
    Postgres = 1,
}
