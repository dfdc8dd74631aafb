using Npgsql;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>
/// The PostgreSQL the tests use, from <c>FANDOMBOT_TEST_POSTGRES</c> (see .ci/postgres.sh). Each test gets a database
/// of its own, created here and dropped afterwards, so runs and tests never collide. Without the variable the
/// PostgreSQL tests skip on a developer machine and fail in CI (<c>CI=true</c>).
/// </summary>
internal static class PostgresTestServer
{
    public const string VariableName = "FANDOMBOT_TEST_POSTGRES";

    /// <summary>The server's connection string (to its maintenance database), or skip/fail the test.</summary>
    public static string RequireConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable(VariableName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"PostgreSQL is required in CI: set {VariableName} (eval the last line of .ci/postgres.sh).");
        }

        Assert.Skip($"PostgreSQL tests skipped: set {VariableName} (run .ci/postgres.sh) to run them.");
        return string.Empty;
    }

    public static async Task<string> CreateDatabaseAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        var name = $"fandombot_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string serverConnectionString, string databaseConnectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(databaseConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                // FORCE may terminate only our own role's sessions: an autovacuum worker visiting the new tables
                // belongs to the server. It leaves within moments; cleanup waits for it rather than failing the test.
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Ends every session on the test database, as a PostgreSQL restart would.</summary>
    public static async Task<int> TerminateBackendsAsync(string serverConnectionString, string databaseConnectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(databaseConnectionString).Database;
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
        terminate.Parameters.AddWithValue("name", name!);
        return Convert.ToInt32(await terminate.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Refuses (or allows again) new sessions on the test database: "PostgreSQL is down" for that database only.</summary>
    public static async Task SetAcceptingConnectionsAsync(string serverConnectionString, string databaseConnectionString, bool accepting)
    {
        var name = new NpgsqlConnectionStringBuilder(databaseConnectionString).Database;
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var alter = new NpgsqlCommand($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS {(accepting ? "true" : "false")}", connection);
        await alter.ExecuteNonQueryAsync();
    }
}
