using System.Text;
using FandomBot.Replay.Export;
using Xunit;

namespace FandomBot.Tests.Replay;

public sealed class ExportReaderTests
{
    private static List<ExportMessage> ReadAll(byte[] bytes, int bufferSize = ExportReader.InitialBufferSize) => ReadAll(bytes, bufferSize, out _);

    private static List<ExportMessage> ReadAll(byte[] bytes, int bufferSize, out ExportReader reader)
    {
        reader = new ExportReader(new MemoryStream(bytes), "export.json", new ExportAuthorCache(), bufferSize);
        var messages = new List<ExportMessage>();
        while (reader.TryReadNext(out var message))
        {
            messages.Add(message);
        }

        return messages;
    }

    private static TestExport Conversation()
    {
        var export = TestExport.General();
        var first = export.Say(0, TestAuthor.Amy, "Café ☕ — naïve 👩🏽‍💻 日本語 עברית \"quoted\" \\ back\nslash", mentions: [TestAuthor.Ben]);
        export.Say(1, TestAuthor.Ben, "fixed my typo", editedAt: TestExport.Start.AddMinutes(3));
        export.Say(2, TestAuthor.Cleo, "replying to you", type: "Reply", replyTo: first.Id);
        export.Say(3, TestAuthor.HelperBot, "I am a bot");
        export.Say(4, TestAuthor.Amy, "Amy joined", type: "GuildMemberJoin");
        return export;
    }

    [Theory]
    [InlineData(16)]
    [InlineData(333)]
    [InlineData(ExportReader.InitialBufferSize)]
    public void Reads_every_field_the_replay_uses_whatever_the_buffer_size(int bufferSize)
    {
        var export = Conversation();

        var messages = ReadAll(export.ToBytes(), bufferSize, out var reader);

        Assert.Equal(5, messages.Count);
        Assert.Equal(new ExportChannel(100, "Fan Server", 200, "general", "GuildTextChat", null), reader.Channel);
        var first = messages[0];
        Assert.Equal(export.Messages[0].Id, first.Id);
        Assert.Equal(TestExport.Start, first.Timestamp);
        Assert.Equal("Café ☕ — naïve 👩🏽‍💻 日本語 עברית \"quoted\" \\ back\nslash", first.Content);
        Assert.Equal("Amy", first.Author.DisplayName);
        Assert.Equal([TestAuthor.Ben.Id], first.Mentions.Select(m => m.Id));
        Assert.Equal(TestExport.Start.AddMinutes(3), messages[1].EditedAt);
        Assert.Null(first.EditedAt);
        Assert.Equal(first.Id, messages[2].ReplyToMessageId);
        Assert.Equal("Reply", messages[2].Type);
        Assert.True(messages[2].IsFromPerson);
        Assert.True(messages[3].Author.IsBot);
        Assert.False(messages[4].IsFromPerson);
        Assert.Equal(reader.Length, reader.Position);
    }

    [Fact]
    public void Json_escapes_in_the_text_are_decoded()
    {
        var json = Encoding.UTF8.GetString(TestExport.General().ToBytes())
            .Replace("\"messages\": []", """
                "messages": [ { "id": "5", "type": "Default", "timestamp": "2024-05-01T12:00:00+02:00", "content": "caf\u00e9 \ud83c\udf08 \u003cb\u003e", "author": { "id": "7", "name": "x", "isBot": false, "roles": [ { "id": "42", "name": "Mods" } ] }, "mentions": [] } ]
                """, StringComparison.Ordinal);

        var message = Assert.Single(ReadAll(Encoding.UTF8.GetBytes(json), 16));

        Assert.Equal("café 🌈 <b>", message.Content);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), message.Timestamp.ToUniversalTime());
        Assert.Equal([42UL], message.Author.RoleIds);
    }

    [Fact]
    public void An_empty_channel_has_its_header_and_no_messages()
    {
        var messages = ReadAll(TestExport.General().ToBytes(), 16, out var reader);

        Assert.Empty(messages);
        Assert.Equal("general", reader.Channel?.ChannelName);
    }

    [Fact]
    public void A_thread_counts_under_its_parent_channel()
    {
        var export = new TestExport(100, "Fan Server", 250, "theories", "GuildPublicThread", categoryId: 200);

        ReadAll(export.ToBytes(), 64, out var reader);

        Assert.Equal(200UL, reader.Channel?.ParentChannelId);
        Assert.True(reader.Channel?.IsThread);
    }

    [Fact]
    public void A_truncated_file_gives_the_messages_before_the_cut_then_the_offset_where_good_data_ends()
    {
        var bytes = Conversation().ToBytes();
        var text = Encoding.UTF8.GetString(bytes);
        var cut = Encoding.UTF8.GetByteCount(text[..text.IndexOf("replying to you", StringComparison.Ordinal)]);
        var truncated = bytes[..cut];
        var reader = new ExportReader(new MemoryStream(truncated), "export.json", new ExportAuthorCache(), 64);
        var read = new List<ExportMessage>();

        var error = Assert.Throws<ExportReadException>(() =>
        {
            while (reader.TryReadNext(out var message))
            {
                read.Add(message);
            }
        });

        Assert.Equal(2, read.Count);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        var endOfSecond = Encoding.UTF8.GetByteCount(text[..text.IndexOf("replying to you", StringComparison.Ordinal)]);
        Assert.InRange(error.ByteOffset, 1, endOfSecond);
        Assert.True(error.ByteOffset > Encoding.UTF8.GetByteCount(text[..text.IndexOf("fixed my typo", StringComparison.Ordinal)]), "the offset is after the last complete message");
        Assert.Contains("export.json: at byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_is_reported_at_its_byte_offset()
    {
        var bytes = Conversation().ToBytes();
        var text = Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf("\"fixed my typo\"", StringComparison.Ordinal);
        var broken = Encoding.UTF8.GetBytes(text[..at] + "fixed my typo\"" + text[(at + "\"fixed my typo\"".Length)..]);

        var error = Assert.Throws<ExportReadException>(() => ReadAll(broken, 64));

        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
        var offset = Encoding.UTF8.GetByteCount(text[..at]);
        Assert.InRange(error.ByteOffset, offset - 40, offset + 1);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_an_error_at_its_message_not_a_crash()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "good");
        export.Say(1, TestAuthor.Ben, "bad XX byte");
        var broken = export.ToBytes();
        var index = broken.AsSpan().IndexOf("XX"u8);
        broken[index] = 0xFF;
        broken[index + 1] = 0xFE;
        var reader = new ExportReader(new MemoryStream(broken), "export.json", new ExportAuthorCache());

        Assert.True(reader.TryReadNext(out _));
        var error = Assert.Throws<ExportReadException>(() => reader.TryReadNext(out _));

        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.ByteOffset, 1, index);
    }

    [Fact]
    public void A_file_that_is_not_an_export_says_so()
    {
        var error = Assert.Throws<ExportReadException>(() => ReadAll("[1, 2, 3]"u8.ToArray()));

        Assert.Contains("not a DiscordChatExporter JSON export", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.ByteOffset);
    }

    [Fact]
    public void A_message_without_a_timestamp_names_the_field_and_where_the_message_starts()
    {
        var json = Encoding.UTF8.GetString(TestExport.General().ToBytes())
            .Replace("\"messages\": []", """
                "messages": [ { "id": "5", "content": "hi", "author": { "id": "7", "name": "x" } } ]
                """, StringComparison.Ordinal);

        var error = Assert.Throws<ExportReadException>(() => ReadAll(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("'timestamp'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(json[..json.IndexOf("{ \"id\": \"5\"", StringComparison.Ordinal)]), error.ByteOffset);
    }

    [Fact]
    public void The_buffer_stays_at_the_size_of_the_largest_message_however_long_the_file()
    {
        var export = TestExport.General();
        for (var i = 0; i < 5_000; i++)
        {
            export.Say(i, i % 2 == 0 ? TestAuthor.Amy : TestAuthor.Ben, "an ordinary chat message number " + i);
        }

        var bytes = export.ToBytes();
        var messages = ReadAll(bytes, 4096, out var reader);

        Assert.Equal(5_000, messages.Count);
        Assert.True(bytes.Length > 100 * 4096, "the file is much larger than the buffer");
        Assert.Equal(4096, reader.BufferSize);
    }

    [Fact]
    public void An_author_repeated_on_every_message_is_read_once_and_shared()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "one");
        export.Say(1, TestAuthor.Amy, "two");

        var messages = ReadAll(export.ToBytes());

        Assert.Same(messages[0].Author, messages[1].Author);
    }
}
