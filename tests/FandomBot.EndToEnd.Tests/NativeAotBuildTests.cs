using System.Text.Json.Nodes;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using FandomBot.EndToEnd.Tests.Faults;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

namespace FandomBot.EndToEnd.Tests;

/// <summary>
/// The NativeAOT publish of the bot (<c>dotnet publish src/FandomBot -c Release -r linux-x64 -p:PublishAot=true</c>),
/// which starts in a fraction of the time and memory of the JIT build (bench/RESULTS.md). Trimming and AOT can break
/// what reflection or run-time code generation would have done, and only at run time, so the native binary is driven
/// through every layer here: configuration binding and validation, the packs and quotes (JSON), the gateway and REST
/// client, slash commands, the detector, SQLite and PostgreSQL settings, the status file and the health command.
/// CI publishes it and sets FANDOMBOT_TEST_NATIVE_BOT to the executable.
/// </summary>
public sealed class NativeAotBuildTests
{
    private const ulong Guild = 515UL << 22;

    [Fact]
    public async Task Without_a_token_the_native_bot_exits_2_with_the_three_lines()
    {
        var (exitCode, _, error) = await BotProcess.RunAsync(["run"], nativeExecutable: RequireNativeBot());

        Assert.Equal(2, exitCode);
        Assert.Equal(3, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("DISCORD_TOKEN", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_native_bot_names_a_bad_option_in_one_line()
    {
        var (exitCode, _, error) = await BotProcess.RunAsync(
            ["run"],
            new Dictionary<string, string> { ["DISCORD_TOKEN"] = RunningBot.Token, ["Health__MaxAgeSeconds"] = "-5" },
            nativeExecutable: RequireNativeBot());

        Assert.Equal(2, exitCode);
        Assert.Equal("Health:MaxAgeSeconds must be between 30 and 3600 (got -5)", error.Trim());
    }

    [Fact]
    public async Task The_native_check_command_gives_the_same_verdicts_as_the_detector()
    {
        var folder = Directory.CreateTempSubdirectory("fandombot-aot-check-").FullName;
        var input = Path.Combine(folder, "in.jsonl");
        var output = Path.Combine(folder, "out.jsonl");
        await File.WriteAllLinesAsync(
            input,
            [
                """{"id": "1", "text": "kit connor is lowkey gay"}""",
                """{"id": "2", "text": "nick's arc is such good bi rep"}""",
                """{"id": "3", "text": broken""",
            ],
            TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await BotProcess.RunAsync(["check", "--jsonl", input, "--out", output], nativeExecutable: RequireNativeBot());

        Assert.True(exitCode == 0, error);
        var lines = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(3, lines.Count);
        Assert.True((bool)lines[0]["remind"]!);
        Assert.Equal("Kit Connor", (string?)lines[0]["person"]);
        Assert.False((bool)lines[1]["remind"]!);
        Assert.NotNull(lines[2]["error"]);
    }

    [Fact]
    public async Task The_native_bot_answers_commands_and_reminds_keeps_settings_on_SQLite_and_reports_healthy()
    {
        var native = RequireNativeBot();
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("fandombot-aot-").FullName;
        await using (var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct))
        {
            discord.Gateway.AddGuild(Guild, "Native build");
            await using var bot = await RunningBot.StartAsync(discord, guildCount: 1, folder: folder, nativeExecutable: native);

            // Slash commands registered, /quote answered with a sourced, mention-safe embed.
            await discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, RunningBot.Patience, ct);
            var quote = FakeInteraction.SlashCommand("quote").InGuild(Guild);
            await quote.SendAsync(discord.Gateway);
            var quoteAnswer = await RunningBot.CallbackAsync(discord, quote.Id);
            Assert.Equal(4, (int?)quoteAnswer.Body?["type"]);
            Assert.NotNull(quoteAnswer.Body?["data"]?["embeds"]?[0]?["description"]);
            Assert.Empty(quoteAnswer.Body!["data"]!["allowed_mentions"]!["parse"]!.AsArray());

            // A reminder for speculation, none for fiction.
            var speculation = await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), 91_001);
            var reminder = await RunningBot.ReplyToAsync(discord, speculation);
            Assert.Empty(reminder.Body!["allowed_mentions"]!["parse"]!.AsArray());

            // A settings change through the moderator command, acknowledged.
            var cooldown = FakeInteraction.SlashCommand("reminders", O.Subcommand("cooldown", O.WholeNumber("minutes", 42))).AsModerator().InGuild(Guild);
            await cooldown.SendAsync(discord.Gateway);
            Assert.Contains("42 minutes", RunningBot.ContentOf(await RunningBot.CallbackAsync(discord, cooldown.Id)), StringComparison.Ordinal);

            // The status file the health command reads (rewritten within a second of READY).
            var healthy = false;
            for (var attempt = 0; attempt < 40 && !healthy; attempt++)
            {
                var (code, _, _) = await BotProcess.RunAsync(
                    ["health"],
                    new Dictionary<string, string> { ["Health__StatusFile"] = Path.Combine(folder, "status.json") },
                    nativeExecutable: native);
                healthy = code == 0;
                if (!healthy)
                {
                    await Task.Delay(250, ct);
                }
            }

            Assert.True(healthy, "fandombot health never said healthy");
            Assert.Equal(0, await bot.StopAsync());
        }

        // Restarted on the same SQLite file: the cooldown is still 42 minutes.
        await using (var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct))
        {
            discord.Gateway.AddGuild(Guild, "Native build");
            await using var bot = await RunningBot.StartAsync(discord, guildCount: 1, folder: folder, nativeExecutable: native);
            var status = FakeInteraction.SlashCommand("reminders", O.Subcommand("status")).AsModerator().InGuild(Guild);
            await status.SendAsync(discord.Gateway);
            Assert.Contains("Cooldown: 42 minutes per member", RunningBot.ContentOf(await RunningBot.CallbackAsync(discord, status.Id)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_native_bot_keeps_its_settings_in_PostgreSQL()
    {
        var native = RequireNativeBot();
        var ct = TestContext.Current.CancellationToken;
        await using var database = await Sharding.PostgresDatabase.CreateAsync(ct);
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct);
        discord.Gateway.AddGuild(Guild, "Native build");
        await using var bot = await RunningBot.StartAsync(
            discord,
            guildCount: 1,
            new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = database.ConnectionString },
            nativeExecutable: native);

        var off = FakeInteraction.SlashCommand("reminders", O.Subcommand("off")).AsModerator().InGuild(Guild);
        await off.SendAsync(discord.Gateway);
        Assert.Equal("Reminders are off.", RunningBot.ContentOf(await RunningBot.CallbackAsync(discord, off.Id)));

        var status = FakeInteraction.SlashCommand("reminders", O.Subcommand("status")).AsModerator().InGuild(Guild);
        await status.SendAsync(discord.Gateway);
        Assert.Contains("off", RunningBot.ContentOf(await RunningBot.CallbackAsync(discord, status.Id)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_native_replay_reads_an_export_writes_its_report_and_stops_a_truncated_file_at_its_offset()
    {
        var folder = Directory.CreateTempSubdirectory("fandombot-aot-replay-").FullName;
        var export = Path.Combine(folder, "general.json");
        var report = Path.Combine(folder, "report.html");
        var bytes = ExporterStyleExport(messages: 60, speculationEvery: 20);
        await File.WriteAllBytesAsync(export, bytes, TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await BotProcess.RunAsync(["replay", export, "--report", report], nativeExecutable: RequireNativeBot());

        Assert.True(exitCode == 0, error);
        Assert.Contains("Messages read: 60", output, StringComparison.Ordinal);
        Assert.Contains("Would-be reminders: 3", output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken);
        Assert.Contains("kit connor is lowkey gay, look at him &amp; his &quot;friend&quot;", html, StringComparison.Ordinal);
        Assert.Equal(new[] { "general.json", "report.html" }, Directory.GetFileSystemEntries(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

        // Cut in the middle of the 41st message: the 40 before it are read, then the error names the byte.
        var cut = IndexOfNth(bytes, "\"id\": \"90"u8.ToArray(), 41) + 30;
        await File.WriteAllBytesAsync(export, bytes[..cut], TestContext.Current.CancellationToken);
        var truncated = await BotProcess.RunAsync(["replay", export], nativeExecutable: RequireNativeBot());

        Assert.Equal(1, truncated.ExitCode);
        Assert.Contains("Messages read: 40", truncated.Output, StringComparison.Ordinal);
        Assert.Contains("truncated", truncated.Error, StringComparison.Ordinal);
        Assert.Contains("general.json: at byte", truncated.Error, StringComparison.Ordinal);
    }

    /// <summary>An export laid out as DiscordChatExporter writes it (indented, the author repeated with roles and avatar, reactions).</summary>
    private static byte[] ExporterStyleExport(int messages, int speculationEvery)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("guild");
            json.WriteString("id", "100");
            json.WriteString("name", "Fan Server");
            json.WriteEndObject();
            json.WriteStartObject("channel");
            json.WriteString("id", "200");
            json.WriteString("type", "GuildTextChat");
            json.WriteString("name", "general");
            json.WriteEndObject();
            json.WriteStartArray("messages");
            var start = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < messages; i++)
            {
                var author = 800 + (i % 5);
                json.WriteStartObject();
                json.WriteString("id", (9000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("type", "Default");
                json.WriteString("timestamp", start.AddMinutes(i * 30).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteNull("timestampEdited");
                json.WriteBoolean("isPinned", false);
                json.WriteString("content", i % speculationEvery == speculationEvery - 1 ? "kit connor is lowkey gay, look at him & his \"friend\"" : $"episode {i} was so good \ud83d\ude2d caf\u00e9");
                json.WriteStartObject("author");
                json.WriteString("id", author.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("name", $"member{author}");
                json.WriteString("nickname", $"Member {author}");
                json.WriteBoolean("isBot", false);
                json.WriteStartArray("roles");
                json.WriteStartObject();
                json.WriteString("id", "700");
                json.WriteString("name", "Role");
                json.WriteNumber("position", 1);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteString("avatarUrl", $"https://cdn.discordapp.com/avatars/{author}/a.png?size=512");
                json.WriteEndObject();
                json.WriteStartArray("attachments");
                json.WriteEndArray();
                json.WriteStartArray("reactions");
                json.WriteStartObject();
                json.WriteStartObject("emoji");
                json.WriteString("name", "\ud83d\ude2d");
                json.WriteBoolean("isAnimated", false);
                json.WriteEndObject();
                json.WriteNumber("count", 2);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartArray("mentions");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("messageCount", messages);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static int IndexOfNth(byte[] bytes, byte[] value, int n)
    {
        var at = -1;
        for (var found = 0; found < n; found++)
        {
            at = bytes.AsSpan(at + 1).IndexOf(value) + at + 1;
        }

        return at;
    }

    private static string RequireNativeBot()
    {
        var path = Environment.GetEnvironmentVariable("FANDOMBOT_TEST_NATIVE_BOT");
        if (!string.IsNullOrEmpty(path))
        {
            Assert.True(File.Exists(path), $"FANDOMBOT_TEST_NATIVE_BOT points at {path}, which does not exist.");
            return Path.GetFullPath(path);
        }

        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must publish the NativeAOT build first: .ci/run sets FANDOMBOT_TEST_NATIVE_BOT.");
        Assert.Skip("Set FANDOMBOT_TEST_NATIVE_BOT to a NativeAOT publish of the bot (.ci/run does) to run these tests.");
        return string.Empty;
    }
}
