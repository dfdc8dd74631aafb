using System.Globalization;
using System.Text;
using FandomBot.Replay.Export;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>
/// The fast message scanner against the token reader it stands in for: on the same bytes, valid or broken, a reader
/// with the scanner and one without must read the same messages and stop with the same error at the same offset.
/// </summary>
public sealed class ExportMessageScannerTests
{
    /// <summary>Valid JSON the exporter does not write, but a hand-edited or other tool's file may: both readers must agree.</summary>
    private const string UnusualButValid = """
        {"guild":{"id":"100","name":"Fan Server"},"channel":{"id":"200","type":"GuildTextChat","name":"general"},"messages":[
        {"id":"1","type":"Default","timestamp":"2024-05-01T12:00:00+00:00","content":"first","author":{"id":"7","name":"x"}},
        {"id":"2","timestamp":"2024-05-01T12:01:00.1234567+02:00","content":"caf\u00e9 \ud83c\udf08 a\/b \"q\" \\ \b\f\n\r\t","author":{"id":"8","name":"n\u00e4me","nickname":null,"isBot":false,"roles":null}},
        {"id":3,"timestamp":"2024-05-01T12:02:00Z","content":null,"author":{"id":"7"}},
        {"\u0069d":"4","timestamp":"2024-05-01T12:03:00+00:00","content":"escaped name","author":{"id":"9","isBot":true,"roles":[{"id":"42","name":"Mods","color":null,"position":-1.5e+10},{"id":"43"}]}},
        {"id":"5","type":"R\u0065ply","timestamp":"2024-05-01T12:04:00+00:00","content":"","author":{"name":"before id","id":"10"},"reference":{"messageId":null,"channelId":"200"},"mentions":null},
        {"id":"6","type":"Reply","timestamp":"2024-05-01T12:05:00+00:00","timestampEdited":"2024-05-01T12:06:00+00:00","content":"x","author":{"id":"10","name":"ignored, known"},"reference":{"messageId":"5"},"mentions":[{"id":"7","name":"x","nickname":"X"},{"name":"no id"},{"id":"8","nickname":null}]},
        {"id":"7","type":"GuildMemberJoin","timestamp":"2024-05-01T12:07:00+00:00","content":"joined","author":{"id":"11","isBot":null},"extra":[[],{},[{"a":[0,-0,1.0,2e5,3E-2,true,false,null,""]}]],"id":"70"},
          { "id" : "8" , "timestamp" : "2024-05-01T12:08:00+00:00" , "content" : "spaced out" , "author" : { "id" : "12" } }
        ],"messageCount":8}
        """;

    private static string Render(ExportMessage m) => string.Create(CultureInfo.InvariantCulture,
        $"{m.Id}|{m.Type}|{m.Timestamp:O}|{m.EditedAt:O}|{m.Content}|{m.Author.Id}|{m.Author.Name}|{m.Author.Nickname}|{m.Author.IsBot}|{string.Join(',', m.Author.RoleIds)}|{string.Join(',', m.Mentions.Select(x => $"{x.Id}/{x.Name}/{x.Nickname}"))}|{m.ReplyToMessageId}");

    /// <summary>What a reader makes of the bytes: each message rendered, then how it stopped.</summary>
    private static (List<string> Messages, string End, long Scanned) Read(byte[] bytes, int bufferSize, bool scan)
    {
        var reader = new ExportReader(new MemoryStream(bytes), "export.json", new ExportAuthorCache(), bufferSize, scan);
        var messages = new List<string>();
        try
        {
            while (reader.TryReadNext(out var message))
            {
                messages.Add(Render(message));
            }

            return (messages, string.Create(CultureInfo.InvariantCulture, $"end at {reader.Position}"), reader.MessagesScanned);
        }
        catch (ExportReadException e)
        {
            return (messages, $"{e.ByteOffset}: {e.Message}", reader.MessagesScanned);
        }
    }

    private static TestExport Conversation()
    {
        var export = TestExport.General();
        var first = export.Say(0, TestAuthor.Amy, "Café ☕ — naïve 👩🏽‍💻 日本語 \"quoted\" \\ back\nslash <b>&</b>", mentions: [TestAuthor.Ben, TestAuthor.Cleo]);
        export.Say(1, TestAuthor.Ben, "fixed my typo", editedAt: TestExport.Start.AddMinutes(3));
        export.Say(2, TestAuthor.Cleo, "replying to you", type: "Reply", replyTo: first.Id);
        export.Say(3, TestAuthor.HelperBot, "I am a bot");
        export.Say(4, TestAuthor.Amy, "Amy joined", type: "GuildMemberJoin");
        export.Say(5, TestAuthor.Dan, string.Empty);
        export.Say(6, TestAuthor.Amy, "tab\there, and a pin 📌");
        return export;
    }

    [Theory]
    [InlineData(16)]
    [InlineData(97)]
    [InlineData(ExportReader.InitialBufferSize)]
    public void The_exporters_layout_reads_the_same_with_and_without_the_scanner(int bufferSize)
    {
        var bytes = Conversation().ToBytes();

        var slow = Read(bytes, bufferSize, scan: false);
        var fast = Read(bytes, bufferSize, scan: true);

        Assert.Equal(slow.Messages, fast.Messages);
        Assert.Equal(slow.End, fast.End);
        Assert.Equal(7, fast.Messages.Count);
        Assert.Equal(0, slow.Scanned);
        Assert.Equal(6, fast.Scanned); // every message after the first
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(ExportReader.InitialBufferSize)]
    public void Unusual_but_valid_json_reads_the_same_with_and_without_the_scanner(int bufferSize)
    {
        var bytes = Encoding.UTF8.GetBytes(UnusualButValid);

        var slow = Read(bytes, bufferSize, scan: false);
        var fast = Read(bytes, bufferSize, scan: true);

        Assert.Equal(slow.Messages, fast.Messages);
        Assert.Equal(slow.End, fast.End);
        Assert.Equal(8, fast.Messages.Count);
        Assert.Contains("café 🌈 a/b \"q\" \\ \b\f\n\r\t", fast.Messages[1], StringComparison.Ordinal);
        Assert.Equal("before id", fast.Messages[5].Split('|')[6]); // a known author's block is not read again
        Assert.Equal("70", fast.Messages[6].Split('|')[0]); // a repeated field: the last one counts
        Assert.InRange(fast.Scanned, 3, 6); // the number id and the escaped name go to the token reader
    }

    public static TheoryData<string, byte?> Damage => new()
    {
        { "truncate", null },
        { "delete", null },
        { "replace", (byte)'x' },
        { "replace", (byte)'"' },
        { "replace", (byte)'}' },
        { "replace", (byte)']' },
        { "replace", (byte)',' },
        { "replace", (byte)':' },
        { "replace", (byte)'\\' },
        { "replace", (byte)'0' },
        { "replace", (byte)' ' },
        { "replace", (byte)'\n' },
        { "replace", 0x01 },
        { "replace", 0xFF },
        { "insert", (byte)',' },
        { "insert", (byte)'-' },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Damaged_files_stop_at_the_same_message_with_the_same_error_with_and_without_the_scanner(string damage, byte? with)
    {
        foreach (var original in new[] { Conversation().ToBytes(), Encoding.UTF8.GetBytes(UnusualButValid) })
        {
            // Damage every byte from the first message on (the header is read the same way either way).
            var from = original.AsSpan().IndexOf("\"messages\""u8);
            var scannedSomewhere = false;
            for (var at = from; at < original.Length; at++)
            {
                var broken = damage switch
                {
                    "truncate" => original[..at],
                    "delete" => [.. original[..at], .. original[(at + 1)..]],
                    "insert" => [.. original[..at], with!.Value, .. original[at..]],
                    _ => Replace(original, at, with!.Value),
                };

                foreach (var bufferSize in new[] { 64, ExportReader.InitialBufferSize })
                {
                    var slow = Read(broken, bufferSize, scan: false);
                    var fast = Read(broken, bufferSize, scan: true);
                    Assert.True(slow.Messages.SequenceEqual(fast.Messages), $"{damage} {with} at {at}, buffer {bufferSize}: different messages");
                    Assert.True(slow.End == fast.End, $"{damage} {with} at {at}, buffer {bufferSize}:\n slow: {slow.End}\n fast: {fast.End}");
                    scannedSomewhere |= fast.Scanned > 0;
                }
            }

            Assert.True(scannedSomewhere, "the scanner read messages in the damaged files");
        }
    }

    [Fact]
    public void A_line_number_in_an_error_after_scanned_messages_counts_their_lines()
    {
        var export = TestExport.General();
        for (var i = 0; i < 20; i++)
        {
            export.Say(i, TestAuthor.Amy, "message " + i.ToString(CultureInfo.InvariantCulture));
        }

        var bytes = export.ToBytes();
        var at = bytes.AsSpan().IndexOf("message 17"u8) - 1;
        var broken = Replace(bytes, at, (byte)'x');
        var line = Encoding.UTF8.GetString(bytes[..at]).Count(c => c == '\n') + 1;

        var fast = Read(broken, ExportReader.InitialBufferSize, scan: true);

        Assert.Equal(17, fast.Messages.Count);
        Assert.True(fast.Scanned >= 16, "the messages before the error were scanned");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"(line {line})"), fast.End, StringComparison.Ordinal);
    }

    private static byte[] Replace(byte[] bytes, int at, byte with)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = with;
        return copy;
    }
}
