using System.Globalization;
using FandomBot.Gateway;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

/// <summary>Issue 17: a message skipped because its author is cooling down says so at Debug, without its text.</summary>
public sealed class CooldownLogTests
{
    private const string Marker = "quokkazanzibar";

    [Fact]
    public async Task A_message_skipped_for_the_members_cooldown_leaves_a_debug_line_without_its_text()
    {
        var logFolder = Directory.CreateTempSubdirectory("fandombot-log-");
        try
        {
            var scenario = await StartAsync(["--Logging:FilePath=" + Path.Combine(logFolder.FullName, "bot.log"), "--Serilog:MinimumLevel=Debug"]);
            var first = await scenario.SendAsync(Speculation, author: 5);
            await scenario.ReplyToAsync(first);
            var second = await scenario.SendAsync($"obviously joe locke is bi {Marker}", author: 5);
            await scenario.SettleAsync();
            await scenario.Bot.Get<InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));
            await scenario.Bot.Host.StopAsync(TestContext.Current.CancellationToken);
            await scenario.DisposeAsync();

            var log = string.Concat(Directory.EnumerateFiles(logFolder.FullName, "bot*.log").Select(File.ReadAllText));
            Assert.Empty(scenario.RepliesTo(second));
            Assert.Contains($"Message {second.ToString(CultureInfo.InvariantCulture)} in guild", log, StringComparison.Ordinal);
            Assert.Contains("cooling down", log, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, log, StringComparison.Ordinal);
        }
        finally
        {
            logFolder.Delete(recursive: true);
        }
    }
}
