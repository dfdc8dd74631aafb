using Npgsql;
using FandomBot.Storage;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

/// <summary>Moderators' reminder settings survive a restart of the whole bot, on SQLite and on PostgreSQL.</summary>
public sealed class ReminderRestartTests
{
    [Fact]
    public async Task Settings_survive_a_restart_on_sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("fandombot-restart-").FullName;
        await ProveSettingsSurviveRestartAsync([], folder);
    }

    [Fact]
    public async Task Settings_survive_a_restart_on_postgresql()
    {
        var server = Environment.GetEnvironmentVariable("FANDOMBOT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("PostgreSQL is required in CI: set FANDOMBOT_TEST_POSTGRES.");
            }

            Assert.Skip("PostgreSQL tests skipped: set FANDOMBOT_TEST_POSTGRES (run .ci/postgres.sh) to run them.");
        }

        var database = $"fandombot_r_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            await ProveSettingsSurviveRestartAsync(["--Storage:Provider=Postgres", $"--Storage:ConnectionString={connectionString}"], folder: null);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ProveSettingsSurviveRestartAsync(string[] overrides, string? folder)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = await StartAsync(overrides, folder);
        folder = first.Bot.Folder;
        Succeeded(await first.Store.SetScopeAsync(Guild, ReminderScope.Listed, cancellationToken));
        Succeeded(await first.Store.AddListedChannelAsync(Guild, Channel, cancellationToken));
        Succeeded(await first.Store.SetModLogChannelAsync(Guild, ModLogChannel, cancellationToken));

        // Stop without deleting the folder: the second bot opens the same database.
        await first.Bot.Host.StopAsync(cancellationToken);
        first.Bot.Host.Dispose();
        await first.Bot.Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var second = await StartAsync(overrides, folder);
        var unlisted = await second.SendAsync(Speculation, author: 1, channel: OtherChannel);
        var listed = await second.SendAsync(Speculation, author: 2, channel: Channel);

        await second.ReplyToAsync(listed);
        await second.PostedInAsync(ModLogChannel);
        await second.SettleAsync();
        Assert.Empty(second.RepliesTo(unlisted));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
