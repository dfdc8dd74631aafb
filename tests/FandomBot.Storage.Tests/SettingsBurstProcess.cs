using Microsoft.Extensions.Logging.Abstractions;

namespace FandomBot.Storage.Tests;

/// <summary>
/// A child process that writes settings as fast as it can from several tasks at once (as a bot serving several
/// moderators would) and prints <c>ack GUILD N</c> only after each write returned success: what a moderator would
/// have been told. It never stops by itself; the test kills it with SIGKILL.
/// </summary>
internal static class SettingsBurstProcess
{
    public const string Argument = "--settings-burst";
    public const int Writers = 4;

    public static async Task<int> RunAsync(string databasePath)
    {
        var options = new StorageOptions { ConnectionString = $"Data Source={databasePath}" };
        await using var runtime = new SettingsStoreRuntime(options, TimeProvider.System, NullLoggerFactory.Instance);
        await runtime.Database.MigrateAsync(CancellationToken.None);
        Console.Out.Flush();
        var output = TextWriter.Synchronized(Console.Out);
        output.WriteLine("ready");
        output.Flush();

        var writers = Enumerable.Range(1, Writers).Select(guild => Task.Run(async () =>
        {
            for (var n = 1; n <= SettingsLimits.MaxPeoplePerGuild; n++)
            {
                var added = await runtime.Store.AddPersonAsync((ulong)guild, new GuildPerson($"Person {n}", PersonKind.Real));
                var cooled = await runtime.Store.SetCooldownAsync((ulong)guild, n % (SettingsLimits.MaxCooldownMinutes + 1));
                if (!added.IsSuccess || !cooled.IsSuccess)
                {
                    output.WriteLine($"error {guild} {n} {added.Error?.Message ?? cooled.Error?.Message}");
                    output.Flush();
                    return;
                }

                output.WriteLine($"ack {guild} {n}");
                output.Flush();
            }
        }));
        await Task.WhenAll(writers);
        return 0;
    }
}
