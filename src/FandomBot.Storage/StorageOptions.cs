namespace FandomBot.Storage;

/// <summary>The <c>Storage</c> section: which database holds the settings, and how often to look for changes.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>Used when <see cref="Provider"/> is Sqlite and no connection string is given; the directory is created on first run.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/fandombot.db";

    /// <summary>Longest allowed poll interval: another process's change must show within 30 s.</summary>
    public const int MaxPollIntervalSeconds = 30;

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>, ignoring case. A string, so a wrong value is reported by name.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>The database's connection string; optional for SQLite, required for PostgreSQL. Never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How often to look for changes made by other processes, 1..30 s (default 10).</summary>
    public int PollIntervalSeconds { get; set; } = 10;

    /// <summary>The provider, or null when <see cref="Provider"/> names neither (the validator reports that).</summary>
    public StorageProvider? ParsedProvider =>
        string.Equals(Provider?.Trim(), nameof(StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase) ? StorageProvider.Sqlite
        : string.Equals(Provider?.Trim(), nameof(StorageProvider.Postgres), StringComparison.OrdinalIgnoreCase) ? StorageProvider.Postgres
        : null;

    /// <summary>The connection string in effect: the SQLite default when none is given.</summary>
    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && ParsedProvider == StorageProvider.Sqlite ? DefaultSqliteConnectionString : ConnectionString ?? string.Empty;

    /// <summary>The poll interval as a time span.</summary>
    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);
}
