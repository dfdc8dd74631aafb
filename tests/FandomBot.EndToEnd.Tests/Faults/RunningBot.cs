using System.Globalization;
using System.Text.Json.Nodes;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>
/// The real FandomBot process (<see cref="BotProcess"/>) connected to a <see cref="FakeDiscordServer"/> on 127.0.0.1,
/// with its own data folder. The fault and sharding tests drive it only over the wire: dispatches in, REST requests out.
/// </summary>
internal sealed class RunningBot : IAsyncDisposable
{
    public const string Token = "MTAwMDAwMDAwMDAwMDAwMDAx.e2e.bot-token-for-tests";

    /// <summary>Speculation about a real person: the bot answers it with a reminder (reminders are on by default).</summary>
    public const string Speculation = "kit connor is lowkey gay";

    /// <summary>How long any one expected thing may take on a loaded CI machine: a guard against hangs, not a pace.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static long _nextId = 700_000L << 22;

    private readonly HashSet<string> _sessionsBefore;
    private readonly Dictionary<string, int> _resumedBefore;

    private RunningBot(FakeDiscordServer discord, BotProcess process, string folder, IReadOnlyList<int> shards)
    {
        Discord = discord;
        Process = process;
        Folder = folder;
        Shards = shards;

        // What the fake had before this process: its own sessions (or resumes) are the ones that come after.
        _sessionsBefore = [.. discord.Gateway.Sessions.Select(s => s.SessionId)];
        _resumedBefore = discord.Gateway.Sessions.ToDictionary(s => s.SessionId, ResumedCount);
    }

    public FakeDiscordServer Discord { get; }

    public BotProcess Process { get; private set; }

    /// <summary>The data folder: the SQLite file, the status file.</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "fandombot.db");

    /// <summary>The shard ids this process owns.</summary>
    public IReadOnlyList<int> Shards { get; }

    /// <summary>A fresh snowflake whose timestamp part is unique within the test run.</summary>
    public static ulong NextId() => (ulong)Interlocked.Add(ref _nextId, 1L << 22);

    /// <summary>
    /// Starts the real process against <paramref name="discord"/> and waits until each of its shards has received
    /// READY and every GUILD_CREATE (so later dispatches are ordered after them on the wire).
    /// </summary>
    public static async Task<RunningBot> StartAsync(
        FakeDiscordServer discord,
        int guildCount,
        IReadOnlyDictionary<string, string>? settings = null,
        string? folder = null,
        IReadOnlyList<int>? shards = null,
        string? nativeExecutable = null)
    {
        var bot = Launch(discord, settings, folder, shards, nativeExecutable);
        try
        {
            await bot.WaitForShardsAsync(guildCount, Patience);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>
    /// Starts the real process as the next owner of shards whose sessions were handed over, and waits until each of
    /// its shards has RESUMED one of them (it fails if they identify instead).
    /// </summary>
    public static async Task<RunningBot> StartResumingAsync(
        FakeDiscordServer discord, IReadOnlyDictionary<string, string>? settings = null, string? folder = null, IReadOnlyList<int>? shards = null)
    {
        var bot = Launch(discord, settings, folder, shards);
        try
        {
            await WaitUntilAsync(
                () => bot.Shards.All(shard => bot.ResumedSessionOf(shard) is not null) || bot.NewSessions().Count > 0,
                $"shards [{string.Join(',', bot.Shards)}] to resume. Output:\n{bot.Process.Output}\n{bot.Process.Error}");
            Assert.Empty(bot.NewSessions());
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>Starts the real process against <paramref name="discord"/> and returns at once.</summary>
    public static RunningBot Launch(
        FakeDiscordServer discord,
        IReadOnlyDictionary<string, string>? settings = null,
        string? folder = null,
        IReadOnlyList<int>? shards = null,
        string? nativeExecutable = null)
    {
        ArgumentNullException.ThrowIfNull(discord);
        folder ??= Directory.CreateTempSubdirectory("fandombot-faults-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["DISCORD_TOKEN"] = Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "fandombot.db")}",
            ["Health__StatusFile"] = Path.Combine(folder, "status.json"),
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return new RunningBot(discord, BotProcess.Start(["run"], environment, folder, nativeExecutable), folder, shards ?? [0]);
    }

    /// <summary>The session this process resumed for <paramref name="shard"/>, once it has.</summary>
    public FakeGatewaySession? ResumedSessionOf(int shard) =>
        Discord.Gateway.Sessions.FirstOrDefault(s =>
            s.ShardId == shard && s.IsConnected && ResumedCount(s) > _resumedBefore.GetValueOrDefault(s.SessionId));

    /// <summary>The sessions this process's shards started by identifying.</summary>
    public IReadOnlyList<FakeGatewaySession> NewSessions() =>
        [.. Discord.Gateway.Sessions.Where(s => !_sessionsBefore.Contains(s.SessionId) && Shards.Contains(s.ShardId))];

    /// <summary>Sends a speculating MESSAGE_CREATE (with a member, as Discord sends in guilds); returns its id.</summary>
    public static Task<ulong> SendSpeculationAsync(FakeDiscordServer discord, ulong guildId, ulong channelId, ulong authorId) =>
        SendMessageAsync(discord, guildId, channelId, authorId, Speculation);

    public static async Task<ulong> SendMessageAsync(FakeDiscordServer discord, ulong guildId, ulong channelId, ulong authorId, string content)
    {
        ArgumentNullException.ThrowIfNull(discord);
        var id = NextId();
        var message = FakeGatewayPayloads.Message(guildId, channelId, content, authorId, id, DateTimeOffset.UtcNow);
        message["member"] = new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = "2024-01-01T00:00:00+00:00" };
        await discord.Gateway.SendMessageCreateAsync(message);
        return id;
    }

    /// <summary>Every reminder reply to the message that the fake received.</summary>
    public static IReadOnlyList<RecordedRequest> RepliesTo(FakeDiscordServer discord, ulong messageId)
    {
        ArgumentNullException.ThrowIfNull(discord);
        return [.. discord.Rest.Requests.Where(r => IsReplyTo(r, messageId))];
    }

    /// <summary>The first reply to the message, once it arrives.</summary>
    public static Task<RecordedRequest> ReplyToAsync(FakeDiscordServer discord, ulong messageId)
    {
        ArgumentNullException.ThrowIfNull(discord);
        return discord.Rest.WaitForRequestAsync(r => IsReplyTo(r, messageId), Patience, TestContext.Current.CancellationToken);
    }

    public static bool IsReplyTo(RecordedRequest request, ulong messageId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Route == FakeRoutes.CreateMessage
            && request.Body?["message_reference"]?["message_id"]?.GetValue<string>() == messageId.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The bot's answer to an interaction (its callback), once it arrives.</summary>
    public static Task<RecordedRequest> CallbackAsync(FakeDiscordServer discord, ulong interactionId)
    {
        ArgumentNullException.ThrowIfNull(discord);
        var path = $"/interactions/{interactionId.ToString(CultureInfo.InvariantCulture)}/";
        return discord.Rest.WaitForRequestAsync(
            r => r.Route == FakeRoutes.InteractionCallback && r.Path.Contains(path, StringComparison.Ordinal), Patience, TestContext.Current.CancellationToken);
    }

    /// <summary>The text of an interaction callback (empty when it has none, e.g. an embed).</summary>
    public static string ContentOf(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.Body?["data"] as JsonObject)?["content"]?.GetValue<string>() ?? string.Empty;
    }

    /// <summary>
    /// A moderator runs <c>/reminders off</c> until the bot says it is saved: after a database outage, a pooled session
    /// the outage ended may fail one attempt (the moderator is told to try again), but the bot must not stay broken.
    /// Returns the attempt that saved it, or 0 when none of <paramref name="maxAttempts"/> did.
    /// </summary>
    public static async Task<int> TurnRemindersOffAsync(FakeDiscordServer discord, ulong guildId, ulong moderatorId, int maxAttempts = 10)
    {
        ArgumentNullException.ThrowIfNull(discord);
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var off = FakeInteraction.SlashCommand("reminders", FakeInteractionOption.Subcommand("off")).AsModerator().InGuild(guildId).By(moderatorId + (ulong)attempt);
            await off.SendAsync(discord.Gateway);
            var content = ContentOf(await CallbackAsync(discord, off.Id));
            TestContext.Current.TestOutputHelper?.WriteLine($"attempt {attempt}: {content}");
            if (content == "Reminders are off.")
            {
                return attempt;
            }
        }

        return 0;
    }

    /// <summary>Waits until the condition on the fake holds (it is checked whenever a request arrives), or fails.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            // Polling only as a guard against hangs: the condition reads what the fake has recorded.
            while (!condition())
            {
                await Task.Delay(25, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Timed out after {Patience.TotalSeconds} s waiting for {what}.");
        }
    }

    /// <summary>Sends SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        Process.Kill();
        await Process.WaitForExitAsync(Patience);
    }

    /// <summary>SIGTERM, then waits for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        Process.Terminate();
        return await Process.WaitForExitAsync(Patience);
    }

    public async ValueTask DisposeAsync() => await Process.DisposeAsync();

    /// <summary>
    /// Waits until each of the process's shards has received READY and every GUILD_CREATE (so later dispatches are
    /// ordered after them on the wire).
    /// </summary>
    public async Task WaitForShardsAsync(int guildCount, TimeSpan patience)
    {
        var gateway = Discord.Gateway;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(patience);
        var ownedGuildEvents = 0;
        try
        {
            // READY and the GUILD_CREATEs are written by the fake right after IDENTIFY; wait until they are all in
            // this process's new sessions' history, so nothing the test sends can overtake them.
            while (true)
            {
                var sessions = gateway.Sessions.Where(s => !_sessionsBefore.Contains(s.SessionId) && Shards.Contains(s.ShardId)).ToList();
                ownedGuildEvents = sessions.Sum(s => s.History.Count(d => d.EventName == "GUILD_CREATE"));
                if (sessions.Select(s => s.ShardId).Distinct().Count() == Shards.Count && ownedGuildEvents >= guildCount)
                {
                    return;
                }

                await Task.Delay(25, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"The bot did not reach READY with {guildCount} guilds ({ownedGuildEvents} seen) in {patience.TotalSeconds} s. Output:\n{Process.Output}\n{Process.Error}");
        }
    }

    private static int ResumedCount(FakeGatewaySession session) => session.History.Count(d => d.EventName == "RESUMED");
}
