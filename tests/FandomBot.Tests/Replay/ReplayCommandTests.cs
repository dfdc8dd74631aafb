using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>The real <c>fandombot replay</c> command on small exports written by the tests, with the built-in packs.</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private const string Speculation = "i bet Harry Styles is secretly gay";
    private const string OtherSpeculation = "i bet Jungkook is secretly gay";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Task<(int ExitCode, string Output, string Error)> Replay(params string[] args) =>
        CommandLineRunner.RunAsync(["replay", .. args]);

    private string Settings(string json)
    {
        var path = _dir.File("settings.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task Prints_a_summary_by_person_channel_and_day_with_the_top_examples_and_no_message_text()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, Speculation);
        export.Say(1, TestAuthor.Ben, "what a lovely concert last night");
        export.Say(60 * 24, TestAuthor.Cleo, OtherSpeculation);
        var file = export.WriteTo(_dir.Path, "general.json");

        var (exitCode, output, error) = await Replay(file);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Messages read: 3", output, StringComparison.Ordinal);
        Assert.Contains("Would-be reminders: 2", output, StringComparison.Ordinal);
        Assert.Contains("Harry Styles: 1", output, StringComparison.Ordinal);
        Assert.Contains("Jungkook: 1", output, StringComparison.Ordinal);
        Assert.Contains("#general: 2", output, StringComparison.Ordinal);
        Assert.Contains("2024-05-01: 1", output, StringComparison.Ordinal);
        Assert.Contains("2024-05-02: 1", output, StringComparison.Ordinal);
        Assert.Contains("by Amy  about Harry Styles", output, StringComparison.Ordinal);
        Assert.Contains("why: ", output, StringComparison.Ordinal);
        Assert.Contains($"https://discord.com/channels/100/200/{export.Messages[0].Id}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secretly", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lovely concert", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bots_and_system_notices_are_never_judged()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.HelperBot, Speculation);
        export.Say(1, TestAuthor.Amy, Speculation, type: "ChannelPinnedMessage");
        var file = export.WriteTo(_dir.Path, "general.json");

        var (exitCode, output, _) = await Replay(file);

        Assert.Equal(0, exitCode);
        Assert.Contains("Would-be reminders: 0", output, StringComparison.Ordinal);
        Assert.Contains("from a bot 1", output, StringComparison.Ordinal);
        Assert.Contains("system notice 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_points_a_lone_pronoun_at_the_member_replied_to()
    {
        var replied = TestExport.General();
        var hello = replied.Say(0, TestAuthor.Ben, "hello everyone");
        replied.Say(1, TestAuthor.Amy, "lowkey he is gay", type: "Reply", replyTo: hello.Id);
        var plain = new TestExport(100, "Fan Server", 201, "random");
        plain.Say(0, TestAuthor.Ben, "hello everyone");
        plain.Say(1, TestAuthor.Amy, "lowkey he is gay");

        var (_, output, _) = await Replay(replied.WriteTo(_dir.Path, "replied.json"), plain.WriteTo(_dir.Path, "plain.json"), "--report", _dir.File("r.csv"));

        Assert.Contains("#general (Fan Server) (replied.json)\n  Messages read: 2\n  Would-be reminders: 1", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("#random (Fan Server) (plain.json)\n  Messages read: 2\n  Would-be reminders: 0", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"<@{TestAuthor.Ben.Id}>", File.ReadAllText(_dir.File("r.csv")), StringComparison.Ordinal);
        Assert.Contains("@ben (member): 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_the_exporter_wrote_as_a_name_counts_as_the_member()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "i bet @Cleo 🌈 is secretly gay", mentions: [TestAuthor.Cleo]);
        var file = export.WriteTo(_dir.Path, "general.json");

        var (_, output, _) = await Replay(file);

        Assert.Contains("Would-be reminders: 1", output, StringComparison.Ordinal);
        Assert.Contains("@Cleo 🌈 (member): 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_from_the_channel_context_counts_for_five_minutes_only()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Ben, "Joe Locke was great in the interview");
        export.Say(1, TestAuthor.Amy, "i bet he is not straight");
        export.Say(60, TestAuthor.Ben, "Joe Locke was great in the interview");
        export.Say(67, TestAuthor.Cleo, "i bet he is not straight");
        var file = export.WriteTo(_dir.Path, "general.json");

        var (_, output, _) = await Replay(file, "--report", _dir.File("r.csv"));

        Assert.Contains("Would-be reminders: 1", output, StringComparison.Ordinal);
        Assert.Contains("Joe Locke: 1", output, StringComparison.Ordinal);
        Assert.Contains("by Amy", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 9, 1)]
    [InlineData(null, 11, 2)]
    [InlineData(0, 1, 2)]
    [InlineData(60, 59, 1)]
    public async Task A_member_gets_at_most_one_reminder_per_cooldown(int? cooldownMinutes, int minutesApart, int expected)
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, Speculation);
        export.Say(minutesApart, TestAuthor.Amy, OtherSpeculation);
        var file = export.WriteTo(_dir.Path, "general.json");
        string[] settings = cooldownMinutes is { } minutes ? ["--settings", Settings($$"""{ "cooldownMinutes": {{minutes}} }""")] : [];

        var (exitCode, output, _) = await Replay([file, .. settings]);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Would-be reminders: {expected}", output, StringComparison.Ordinal);
        Assert.Equal(2 - expected > 0, output.Contains("author cooling down 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cooldown_follows_the_servers_timeline_across_exports()
    {
        // Listed first but later in time: read file by file, the 12:05 message would win the reminder.
        var later = new TestExport(100, "Fan Server", 201, "random");
        later.Say(5, TestAuthor.Amy, OtherSpeculation);
        var earlier = TestExport.General();
        earlier.Say(0, TestAuthor.Amy, Speculation);

        var (_, output, _) = await Replay(later.WriteTo(_dir.Path, "random.json"), earlier.WriteTo(_dir.Path, "general.json"));

        var text = output.ReplaceLineEndings("\n");
        Assert.Contains("#random (Fan Server) (random.json)\n  Messages read: 1\n  Would-be reminders: 0", text, StringComparison.Ordinal);
        Assert.Contains("#general (Fan Server) (general.json)\n  Messages read: 1\n  Would-be reminders: 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listed_scope_covers_the_listed_channels_and_their_threads_only()
    {
        var general = TestExport.General();
        general.Say(0, TestAuthor.Amy, Speculation);
        var thread = new TestExport(100, "Fan Server", 250, "theories", "GuildPublicThread", categoryId: 200);
        thread.Say(1, TestAuthor.Ben, Speculation);
        var random = new TestExport(100, "Fan Server", 201, "random", "GuildTextChat", categoryId: 200);
        random.Say(2, TestAuthor.Cleo, Speculation);
        var settings = Settings("""{ "scope": "listed", "listedChannelIds": ["200"] }""");

        var (_, output, _) = await Replay(
            general.WriteTo(_dir.Path, "general.json"), thread.WriteTo(_dir.Path, "thread.json"), random.WriteTo(_dir.Path, "random.json"), "--settings", settings);

        var text = output.ReplaceLineEndings("\n");
        Assert.Contains("Total (3 channels)\n  Messages read: 3\n  Would-be reminders: 2", text, StringComparison.Ordinal);
        Assert.Contains("#theories: 1", text, StringComparison.Ordinal);
        Assert.Contains("channel not in scope 1", text, StringComparison.Ordinal);
        Assert.Contains("1 listed channel(s) and their threads", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_with_an_exempt_role_get_no_reminder()
    {
        var moderator = new TestAuthor(1500, "mod", null, false, 777, 778);
        var export = TestExport.General();
        export.Say(0, moderator, Speculation);
        export.Say(1, TestAuthor.Amy, Speculation);
        var settings = Settings("""{ "exemptRoleIds": ["778"] }""");

        var (_, output, _) = await Replay(export.WriteTo(_dir.Path, "general.json"), "--settings", settings);

        Assert.Contains("Would-be reminders: 1", output, StringComparison.Ordinal);
        Assert.Contains("exempt role 1", output, StringComparison.Ordinal);
        Assert.Contains("by Amy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_switched_off_in_the_settings_mean_none()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, Speculation);
        var settings = Settings("""{ "remindersEnabled": false, "delivery": "logOnly", "modLogChannelId": "999" }""");

        var (_, output, _) = await Replay(export.WriteTo(_dir.Path, "general.json"), "--settings", settings);

        Assert.Contains("Would-be reminders: 0", output, StringComparison.Ordinal);
        Assert.Contains("reminders off 1", output, StringComparison.Ordinal);
        Assert.Contains("Settings: reminders off", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packs_switched_off_in_the_settings_or_not_chosen_with_fandom_do_not_count()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, Speculation);
        export.Say(1, TestAuthor.Ben, OtherSpeculation);
        var file = export.WriteTo(_dir.Path, "general.json");
        var settings = Settings("""{ "disabledPackIds": ["one-direction"] }""");

        var (_, disabled, _) = await Replay(file, "--settings", settings);
        var (_, chosen, _) = await Replay(file, "--fandom", "one-direction");

        // A pack that is off names no one: its people are not recognised (no reminder is put on them by name). The
        // message may still read as speculation about someone the bot does not know; that is the model's call.
        Assert.Contains("Jungkook: 1", disabled, StringComparison.Ordinal);
        Assert.DoesNotContain("Harry Styles: 1", disabled, StringComparison.Ordinal);
        Assert.Contains("Harry Styles: 1", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("Jungkook: 1", chosen, StringComparison.Ordinal);
        Assert.Contains("Fandom packs: one-direction\n", chosen.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_fandom_is_a_configuration_error_naming_the_known_packs()
    {
        var file = TestExport.General().WriteTo(_dir.Path, "general.json");

        var (exitCode, _, error) = await Replay(file, "--fandom", "no-such-pack");

        Assert.Equal(2, exitCode);
        Assert.Contains("--fandom no-such-pack", error, StringComparison.Ordinal);
        Assert.Contains("heartstopper", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_people_file_adds_the_servers_own_people()
    {
        var people = _dir.File("server-people.json");
        File.WriteAllText(people, """
            { "name": "server-people", "display_name": "Our streamers", "kind": "streaming-community",
              "real_people": [ { "name": "Zed Quillmore", "aliases": ["Zed"] } ] }
            """);
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "i bet Zed Quillmore is secretly gay");
        var file = export.WriteTo(_dir.Path, "general.json");

        var (_, without, _) = await Replay(file);
        var (_, with, _) = await Replay(file, "--people", people);

        // Without the file the name is no one the bot knows (the model may still read speculation about someone).
        Assert.DoesNotContain("Zed Quillmore: 1", without, StringComparison.Ordinal);
        Assert.Contains("Zed Quillmore: 1", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_exports_give_a_summary_per_channel_and_a_total_and_an_empty_channel_counts_zero()
    {
        var general = TestExport.General();
        general.Say(0, TestAuthor.Amy, Speculation);
        general.Say(1, TestAuthor.Ben, "nice");
        var random = new TestExport(100, "Fan Server", 201, "random");
        random.Say(0, TestAuthor.Cleo, OtherSpeculation);
        var empty = new TestExport(100, "Fan Server", 202, "announcements");

        var (exitCode, output, _) = await Replay(
            general.WriteTo(_dir.Path, "general.json"), random.WriteTo(_dir.Path, "random.json"), empty.WriteTo(_dir.Path, "empty.json"));

        var text = output.ReplaceLineEndings("\n");
        Assert.Equal(0, exitCode);
        Assert.Contains("#general (Fan Server) (general.json)\n  Messages read: 2\n  Would-be reminders: 1", text, StringComparison.Ordinal);
        Assert.Contains("#random (Fan Server) (random.json)\n  Messages read: 1\n  Would-be reminders: 1", text, StringComparison.Ordinal);
        Assert.Contains("#announcements (Fan Server) (empty.json)\n  Messages read: 0\n  Would-be reminders: 0", text, StringComparison.Ordinal);
        Assert.Contains("Total (3 channels)\n  Messages read: 3\n  Would-be reminders: 2", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("#announcements", StringComparison.Ordinal) < text.IndexOf("Total (3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_truncated_export_prints_the_summary_of_what_was_read_then_the_error_with_the_byte_offset()
    {
        var broken = TestExport.General();
        broken.Say(0, TestAuthor.Amy, Speculation);
        broken.Say(1, TestAuthor.Ben, "second message");
        broken.Say(2, TestAuthor.Cleo, "third message, cut in the middle");
        var bytes = broken.ToBytes();
        var brokenFile = _dir.File("broken.json");
        File.WriteAllBytes(brokenFile, bytes[..(bytes.Length - 300)]);
        var whole = new TestExport(100, "Fan Server", 201, "random");
        whole.Say(5, TestAuthor.Dan, OtherSpeculation);

        var (exitCode, output, error) = await Replay(brokenFile, whole.WriteTo(_dir.Path, "random.json"));

        Assert.Equal(1, exitCode);
        var text = output.ReplaceLineEndings("\n");
        Assert.Contains("#general (Fan Server) (broken.json)\n  Messages read: 2\n  Would-be reminders: 1\n  Stopped early", text, StringComparison.Ordinal);
        Assert.Contains("Total (2 channels)\n  Messages read: 3\n  Would-be reminders: 2", text, StringComparison.Ordinal);
        Assert.Matches(@"^error: .*broken\.json: at byte [\d,]+: the file ends in the middle of the export \(truncated\?\)", error);
    }

    [Fact]
    public async Task Invalid_json_is_an_error_with_the_byte_offset_and_exit_code_1()
    {
        var file = _dir.File("bad.json");
        const string Json = """{ "guild": { "id": "1", "name": "x" }, "channel": { "id": "2", "name": "c" }, "messages": [ { "id": oops } ] }""";
        File.WriteAllText(file, Json);

        var (exitCode, output, error) = await Replay(file);

        Assert.Equal(1, exitCode);
        Assert.Contains("Messages read: 0", output, StringComparison.Ordinal);
        Assert.Contains($"bad.json: at byte {Json.IndexOf("oops", StringComparison.Ordinal)}: invalid JSON (line 1)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_on_redirected_output_is_plain_lines()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "hello");
        var file = export.WriteTo(_dir.Path, "general.json");

        var (_, output, _) = await Replay(file);

        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("replay: general.json: read to the end, 1 messages (1 in all, ", output, StringComparison.Ordinal);
        Assert.Contains(" messages/s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_stops_before_reading_with_one_line_naming_report()
    {
        var file = TestExport.General().WriteTo(_dir.Path, "general.json");
        var noDirectory = _dir.File(Path.Combine("no-such-dir", "report.html"));
        var aDirectory = _dir.File("a-directory.md");
        Directory.CreateDirectory(aDirectory);

        var missing = await Replay(file, "--report", noDirectory);
        var directory = await Replay(file, "--report", aDirectory);

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"--report {noDirectory}: cannot write the report there (no such directory).\n", missing.Error.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, missing.Output);
        Assert.Equal(2, directory.ExitCode);
        Assert.Equal($"--report {aDirectory}: cannot write the report there (it is a directory).\n", directory.Error.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, directory.Output);
        Assert.False(Directory.Exists(Path.GetDirectoryName(noDirectory)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(aDirectory));
    }

    [Fact]
    public async Task A_missing_export_or_a_bad_report_extension_or_a_bad_settings_field_stops_before_reading()
    {
        var file = TestExport.General().WriteTo(_dir.Path, "general.json");

        var missing = await Replay(_dir.File("nope.json"));
        var badReport = await Replay(file, "--report", _dir.File("report.pdf"));
        var badSettings = await Replay(file, "--settings", Settings("""{ "cooldownMinutes": 5000 }"""));
        var typo = await Replay(file, "--settings", Settings("""{ "exemptRoles": [] }"""));

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope.json: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, badReport.ExitCode);
        Assert.Contains(".html, .md or .csv", badReport.Error, StringComparison.Ordinal);
        Assert.Equal(2, badSettings.ExitCode);
        Assert.Contains("field 'cooldownMinutes': must be a whole number of minutes from 0 to 1440", badSettings.Error, StringComparison.Ordinal);
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("field 'exemptRoles': unknown setting", typo.Error, StringComparison.Ordinal);
    }
}
