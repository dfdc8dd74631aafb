namespace FandomBot.Tests.Replay;

/// <summary>
/// Exports whose reports must come out byte for byte as the golden files in <c>Replay/Golden</c> (written by the
/// report code from before the reports were streamed): several channels interleaved in time, a thread, a direct
/// message, edits, several days, several people, multi-line text with both line endings, unicode, and the characters
/// that HTML, Markdown and CSV treat specially, in text, names, channel and server names.
/// </summary>
internal static class ReportScenario
{
    private const string Guild = "Fans & <Friends> \"Club\" | #1";

    /// <summary>The rich scenario: the exports' files, written to <paramref name="directory"/>, in the order to give.</summary>
    public static string[] Rich(string directory)
    {
        var star = new TestAuthor(1010, "star_fan", "<b>Mod</b> *star* _x_ [y](z)");
        var eve = new TestAuthor(1011, "eve", "=Eve+1 \"E\"");
        var zed = new TestAuthor(1012, "zed", "Zoë 日本 🏳️‍🌈");

        var general = new TestExport(100, Guild, 200, "général_chat*");
        general.Say(0, TestAuthor.Amy, "i bet Harry Styles is secretly gay <script>alert(1)</script> & [x](http://evil.example) **bold**", editedAt: TestExport.Start.AddMinutes(2));
        general.Say(1, TestAuthor.Ben, "ordinary chat about the tour");
        general.Say(2, TestAuthor.Cleo, "-- i bet Jungkook is secretly gay\r\nsecond line | with a pipe\n# not a heading\n> not a quote\n\n+ not a list");
        var hello = general.Say(3, TestAuthor.Ben, "hello everyone");
        general.Say(4, TestAuthor.Dan, "lowkey he is gay", type: "Reply", replyTo: hello.Id);
        general.Say(60 * 24, TestAuthor.Dan, "=SUM(A1) i bet Harry Styles is secretly gay 🏳️‍🌈 日本語 ½ \t tab \"quoted\" 'single'");
        general.Say((60 * 24) + 1, star, "@everyone i bet Jungkook is secretly gay `code` ~~strike~~ {brace} 1. not a list! a\\b", editedAt: TestExport.Start.AddDays(3));
        general.Say(60 * 24 * 2, TestAuthor.Amy, "i bet Harry Styles is secretly gay");

        var random = new TestExport(100, Guild, 201, "random");
        random.Say(0, eve, "+1 i bet Harry Styles is secretly gay");
        random.Say(2, zed, "i bet Jungkook is secretly gay, 真的吗？ مرحبا ж");
        random.Say(60 * 24 * 5, TestAuthor.Cleo, "@here i bet Harry Styles is secretly gay\r\n\r\n(twice)");

        var thread = new TestExport(100, Guild, 250, "theories ✨", "GuildPublicThread", categoryId: 200);
        thread.Say(30, TestAuthor.Ben, "Joe Locke was great in the interview");
        thread.Say(31, zed, "i bet he is not straight");
        thread.Say(60 * 24 * 5, star, "i bet Jungkook is secretly gay");

        var direct = new TestExport(0, "Direct Messages", 300, "amy", "DirectTextChat");
        direct.Say(5, TestAuthor.Amy, "i bet Harry Styles is secretly gay");

        return
        [
            general.WriteTo(directory, "general.json"),
            random.WriteTo(directory, "random.json"),
            thread.WriteTo(directory, "thread.json"),
            direct.WriteTo(directory, "dm.json"),
        ];
    }

    /// <summary>One channel where the bot would stay quiet.</summary>
    public static string[] Quiet(string directory)
    {
        var general = new TestExport(100, Guild, 200, "général_chat*");
        general.Say(0, TestAuthor.Amy, "what a lovely concert <3");
        general.Say(1, TestAuthor.Ben, "ordinary chat about the tour");
        return [general.WriteTo(directory, "general.json")];
    }

    /// <summary>
    /// The command's output without what changes from run to run: progress lines and the closing speed line are
    /// dropped, the report's path becomes <c>REPORT</c>.
    /// </summary>
    public static string StableOutput(string output, string reportPath) => string.Concat(
        output.ReplaceLineEndings("\n").Split('\n')
            .Where(line => !line.StartsWith("replay: ", StringComparison.Ordinal) && !line.StartsWith("Read ", StringComparison.Ordinal))
            .Select(line => line.Replace(reportPath, "REPORT", StringComparison.Ordinal) + "\n"));
}
