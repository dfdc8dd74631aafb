using Npgsql;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Tests.Interactions;
using FandomBot.Tests.Harness;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

namespace FandomBot.Tests.Settings;

/// <summary>Settings changed with slash commands are still there after the bot restarts, on SQLite and on PostgreSQL.</summary>
public sealed class SettingsRestartTests
{
    private const string PostgresVariable = "FANDOMBOT_TEST_POSTGRES";
    private const ulong Channel = 820_000_000_000_000_009;

    [Fact]
    public Task Settings_changed_by_commands_survive_a_restart_on_sqlite() => ChangeRestartAndCheckAsync([]);

    [Fact]
    public async Task Settings_changed_by_commands_survive_a_restart_on_postgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"PostgreSQL is required in CI: set {PostgresVariable}.");
            Assert.Skip($"PostgreSQL tests skipped: set {PostgresVariable} (run .ci/postgres.sh) to run them.");
        }

        var database = $"fandombot_cmd_{Guid.NewGuid():N}";
        await ExecuteAsync(server!, $"CREATE DATABASE {database}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            await ChangeRestartAndCheckAsync(["--Storage:Provider=Postgres", $"--Storage:ConnectionString={connectionString}"]);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ChangeRestartAndCheckAsync(string[] overrides)
    {
        var folder = Directory.CreateTempSubdirectory("fandombot-restart-").FullName;
        var first = await BotTestHost.StartAsync(overrides: overrides, folder: folder);
        try
        {
            await first.InteractAsync(FakeInteraction.SlashCommand("reminders", O.Subcommand("cooldown", O.WholeNumber("minutes", 77))).AsModerator());
            await first.InteractAsync(FakeInteraction.SlashCommand("reminders", O.Subcommand("delivery", O.Text("mode", "dm"))).AsModerator());
            await first.InteractAsync(FakeInteraction.SlashCommand("reminders", O.Group("channels", O.Subcommand("add", O.Channel("channel", Channel)))).AsModerator());
            await first.InteractAsync(FakeInteraction.SlashCommand("people", O.Subcommand("add", O.Text("name", "Robin Example"), O.Text("kind", "real"))).AsModerator());
            await first.Host.StopAsync(TestContext.Current.CancellationToken);

            // The same Discord after the restart, as in life: the restarted bot resumes the session it handed over.
            await using var second = await BotTestHost.StartAsync(overrides: overrides, discord: first.Discord, folder: folder);
            var status = await second.InteractAsync(FakeInteraction.SlashCommand("reminders", O.Subcommand("status")).AsModerator());
            var people = await second.InteractAsync(FakeInteraction.SlashCommand("people", O.Subcommand("list")).AsModerator());

            Assert.Contains("Cooldown: 77 minutes per member", status.Content, StringComparison.Ordinal);
            Assert.Contains("Delivery: a direct message to the author", status.Content, StringComparison.Ordinal);
            Assert.Contains($"Listed channels: <#{Channel}>", status.Content, StringComparison.Ordinal);
            Assert.Contains("• Robin Example — real person", people.Content, StringComparison.Ordinal);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
