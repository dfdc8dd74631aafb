using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>
/// A hard kill during a burst of settings changes loses none that was acknowledged: a real child process writes, is
/// killed with SIGKILL mid-burst, and a fresh store on the same SQLite file must hold every acknowledged change.
/// </summary>
public sealed class SigkillDurabilityTests : IDisposable
{
    private const int AcksBeforeKill = 200;

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"fandombot-kill-{Guid.NewGuid():N}");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_SIGKILL_during_a_burst_of_settings_writes_loses_no_acknowledged_change()
    {
        Directory.CreateDirectory(_root);
        var databasePath = Path.Combine(_root, "fandombot.db");
        using var child = Process.Start(BurstStartInfo(databasePath))!;
        var acknowledged = new Dictionary<ulong, int>();
        var acks = 0;
        var clock = Stopwatch.StartNew();

        try
        {
            while (acks < AcksBeforeKill && await child.StandardOutput.ReadLineAsync(Ct) is { } line)
            {
                Assert.False(line.StartsWith("error", StringComparison.Ordinal), line);
                if (line == "ready")
                {
                    clock.Restart(); // time the burst, not the child's start-up
                }

                if (ParseAck(line) is { } ack)
                {
                    acknowledged[ack.Guild] = ack.Number;
                    acks++;
                }
            }
        }
        finally
        {
            child.Kill(); // SIGKILL on Unix: no flushing, no disposing, no finally blocks in the child.
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{acks} acknowledged (2 durable writes each, {SettingsBurstProcess.Writers} writers) in {clock.ElapsedMilliseconds} ms of burst before SIGKILL");

        // Acks the child printed before it died still count: a moderator may have seen them.
        while (await child.StandardOutput.ReadLineAsync(Ct) is { } line)
        {
            if (ParseAck(line) is { } ack)
            {
                acknowledged[ack.Guild] = Math.Max(acknowledged.GetValueOrDefault(ack.Guild), ack.Number);
            }
        }

        await child.WaitForExitAsync(Ct);
        Assert.Equal(128 + 9, child.ExitCode); // died of signal 9, not a clean exit
        Assert.True(acks >= AcksBeforeKill, $"The child acknowledged only {acks} writes before the kill; stderr: {await child.StandardError.ReadToEndAsync(Ct)}");

        SqliteConnection.ClearAllPools();
        await using var restarted = new SettingsStoreRuntime(
            new StorageOptions { ConnectionString = $"Data Source={databasePath}" }, TimeProvider.System, NullLoggerFactory.Instance);
        await restarted.StartAsync(Ct);
        foreach (var (guild, lastAcknowledged) in acknowledged)
        {
            var settings = await restarted.Store.GetAsync(guild, Ct);
            for (var n = 1; n <= lastAcknowledged; n++)
            {
                Assert.NotNull(settings.FindPerson($"Person {n}"));
            }

            Assert.True(settings.People.Length >= lastAcknowledged);
        }

        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync(Ct);
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static (ulong Guild, int Number)? ParseAck(string line)
    {
        var parts = line.Split(' ');
        return parts is ["ack", var guild, var number] ? (ulong.Parse(guild, System.Globalization.CultureInfo.InvariantCulture), int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    private static ProcessStartInfo BurstStartInfo(string databasePath)
    {
        var assembly = typeof(SettingsBurstProcess).Assembly.Location;
        var appHost = Path.ChangeExtension(assembly, null);
        var startInfo = File.Exists(appHost)
            ? new ProcessStartInfo(appHost)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { assembly } };
        startInfo.ArgumentList.Add(SettingsBurstProcess.Argument);
        startInfo.ArgumentList.Add(databasePath);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        return startInfo;
    }
}
