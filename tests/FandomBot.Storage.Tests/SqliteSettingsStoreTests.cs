using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>The shared suite on a SQLite file, plus what only SQLite has: the file, WAL and fsync settings.</summary>
public sealed class SqliteSettingsStoreTests : SettingsStoreContract
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"fandombot-storage-{Guid.NewGuid():N}");
    private string _connectionString = string.Empty;

    protected override string ConnectionString => _connectionString;

    private protected override StorageProvider Provider => StorageProvider.Sqlite;

    private protected override int LatestSchemaVersion => 3;

    // The database lives under data/ inside a fresh directory that does not exist yet: first-run creation is part of every test.
    private string DataDirectory => Path.Combine(_root, "data");

    [Fact]
    public async Task First_start_creates_the_data_directory_and_a_WAL_database_written_with_full_sync()
    {
        Assert.False(Directory.Exists(DataDirectory));

        var runtime = await StartRuntimeAsync();

        Assert.True(File.Exists(Path.Combine(DataDirectory, "fandombot.db")));
        await using var connection = await runtime.Database.OpenAsync(Ct);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("PRAGMA synchronous")); // 2 = FULL
        Assert.True(await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout") >= 5000);
    }

    private protected override ValueTask CreateDatabaseAsync()
    {
        _connectionString = $"Data Source={Path.Combine(DataDirectory, "fandombot.db")}";
        return ValueTask.CompletedTask;
    }

    private protected override ValueTask DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    // The file's directory disappears (a volume unmounted): pooled connections are closed and no new one can open.
    private protected override Task MakeDatabaseUnreachableAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Move(DataDirectory, DataDirectory + ".gone");
        return Task.CompletedTask;
    }

    private protected override Task MakeDatabaseReachableAsync()
    {
        Directory.Move(DataDirectory + ".gone", DataDirectory);
        return Task.CompletedTask;
    }

    private protected override async Task<DbConnection> OpenRawConnectionAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
