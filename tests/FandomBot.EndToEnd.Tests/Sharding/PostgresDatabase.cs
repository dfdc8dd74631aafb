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

    public async ValueTask DisposeAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
