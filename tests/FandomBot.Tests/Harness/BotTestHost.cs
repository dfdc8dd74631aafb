using FandomBot.Discord.Fake;
using FandomBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace FandomBot.Tests.Harness;

/// <summary>
/// The whole bot, in process, built by the same <see cref="BotHost"/> code as the real program, talking over real
/// sockets to a <see cref="FakeDiscordServer"/> on 127.0.0.1, with its own SQLite file and status file in a fresh
/// temporary folder. Tests drive it through the fake (gateway dispatches in, REST requests out) and assert on the wire.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string Token = "MTAwMDAwMDAwMDAwMDAwMDAx.test.bot-token-for-tests";

    private readonly DirectoryInfo _folder;

    private BotTestHost(FakeDiscordServer discord, IHost host, DirectoryInfo folder)
    {
        Discord = discord;
        Host = host;
        _folder = folder;
    }

    public FakeDiscordServer Discord { get; }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    /// <summary>The folder of this bot's SQLite file and status file.</summary>
    public string Folder => _folder.FullName;

    public string DatabasePath => Path.Combine(Folder, "fandombot.db");

    public string StatusFile => Path.Combine(Folder, "status.json");

    /// <summary>Starts a fake Discord with the given guilds, then the bot, and waits until every shard is READY.</summary>
    public static async Task<BotTestHost> StartAsync(IEnumerable<ulong>? guilds = null, IEnumerable<string>? overrides = null, FakeDiscordServer? discord = null, string? folder = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        discord ??= await FakeDiscordServer.StartAsync(cancellationToken: cancellationToken);
        foreach (var guild in guilds ?? [])
        {
            discord.Gateway.AddGuild(guild, $"Guild {guild}");
        }

        var directory = folder is null ? Directory.CreateTempSubdirectory("fandombot-test-") : new DirectoryInfo(folder);
        string[] arguments =
        [
            $"--Discord:Token={Token}",
            $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
            $"--Storage:ConnectionString=Data Source={Path.Combine(directory.FullName, "fandombot.db")}",
            $"--Health:StatusFile={Path.Combine(directory.FullName, "status.json")}",
            "--Logging:Console=off",
            .. overrides ?? [],
        ];
        using var error = new StringWriter();
        var host = BotHost.Build(arguments, error, new ConfigurationManager())
            ?? throw new InvalidOperationException($"The bot did not build: {error}");
        await BotHost.ValidateAsync(host, cancellationToken);
        await host.StartAsync(cancellationToken);
        var bot = new BotTestHost(discord, host, directory);
        await bot.WaitForReadyAsync();
        return bot;
    }

    /// <summary>Waits until every shard of this bot is READY (or RESUMED).</summary>
    public async Task WaitForReadyAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var shards = Services.GetRequiredService<FandomBot.Discord.Sharding.ShardManager>();
        while (shards.Statuses.Count == 0 || !shards.Statuses.All(s => s.IsLive))
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync(CancellationToken.None);
        }
        finally
        {
            Host.Dispose();
            await Discord.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                _folder.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
