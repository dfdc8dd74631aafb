using Npgsql;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Sharding;

/// <summary>
/// A database of its own for one test on the PostgreSQL named by <c>FANDOMBOT_TEST_POSTGRES</c> (see .ci/postgres.sh),
/// dropped afterwards. Without the variable the test skips on a developer machine and fails in CI (<c>CI=true</c>).
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string VariableName = "FANDOMBOT_TEST_POSTGRES";

    private readonly string _server;

    private PostgresDatabase(string server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of the fresh database.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"PostgreSQL is required in CI: set {VariableName} (eval the last line of .ci/postgres.sh).");
            }

            Assert.Skip($"PostgreSQL tests skipped: set {VariableName} (run .ci/postgres.sh) to run them.");
        }

        var name = $"fandombot_e2e_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new PostgresDatabase(server, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>
    /// "PostgreSQL is down" for this database only: refuses new sessions and ends the open ones, as a restart would.
    /// </summary>
    public async Task GoDownAsync()
    {
        await ExecuteAsync($"ALTER DATABASE {Name} WITH ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND pid <> pg_backend_pid()");
    }

    /// <summary>"PostgreSQL is back": accepts new sessions again.</summary>
    public Task ComeBackAsync() => ExecuteAsync($"ALTER DATABASE {Name} WITH ALLOW_CONNECTIONS true");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private string Name => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    private async Task ExecuteAsync(string sql)
    {
        // Run on the server's maintenance database: the test database may be refusing sessions.
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
