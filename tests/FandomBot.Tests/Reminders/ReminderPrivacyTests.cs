using FandomBot.Discord.Fake.Rest;
using FandomBot.Gateway;
using FandomBot.Storage;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

/// <summary>What people write reaches neither the log (at Information and above) nor the database.</summary>
public sealed class ReminderPrivacyTests
{
    private const string Marker = "zanzibarquokka";

    [Fact]
    public async Task Message_text_reaches_neither_the_log_nor_the_database()
    {
        var logFolder = Directory.CreateTempSubdirectory("fandombot-log-");
        var logFile = Path.Combine(logFolder.FullName, "bot.log");
        try
        {
            var scenario = await StartAsync(["--Logging:FilePath=" + logFile]);
            var cancellationToken = TestContext.Current.CancellationToken;
            Succeeded(await scenario.Store.SetModLogChannelAsync(Guild, ModLogChannel, cancellationToken));
            Succeeded(await scenario.Store.SetCooldownAsync(Guild, 0, cancellationToken));
            scenario.Bot.Discord.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.Error(403, 50013, "Missing Permissions"));

            await scenario.SendAsync($"joe locke is lowkey gay ngl {Marker}");
            await scenario.SendAsync($"obviously joe locke is bi {Marker}");
            await scenario.SendAsync($"what a lovely day {Marker}");
            await scenario.SettleAsync();
            await scenario.Bot.Get<InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));
            var database = scenario.Bot.DatabasePath;
            await scenario.Bot.Host.StopAsync(cancellationToken);

            // The file sink rolls daily, so the day is part of the file name.
            var log = string.Concat(Directory.EnumerateFiles(logFolder.FullName, "bot*.log").Select(File.ReadAllText));
            Assert.Contains("50013", log, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, log, StringComparison.Ordinal);
            Assert.DoesNotContain("lowkey", log, StringComparison.Ordinal);
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(database)!, "fandombot.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
                Assert.DoesNotContain(Marker, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }

            await scenario.DisposeAsync();
        }
        finally
        {
            logFolder.Delete(recursive: true);
        }
    }
}
