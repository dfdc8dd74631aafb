using System.Text.Encodings.Web;
using System.Text.Json;

namespace FandomBot.Tests.Replay;

/// <summary>
/// Writes small exports the way DiscordChatExporter does (indented, every field it writes, avatars, reactions and all),
/// so the reader meets the real shape rather than a trimmed one.
/// </summary>
internal sealed class TestExport(ulong guildId, string guildName, ulong channelId, string channelName, string channelType = "GuildTextChat", ulong? categoryId = null)
{
    public static readonly DateTimeOffset Start = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<TestMessage> _messages = [];
    private ulong _nextId = channelId * 1000;

    public ulong GuildId { get; } = guildId;

    public ulong ChannelId { get; } = channelId;

    public IReadOnlyList<TestMessage> Messages => _messages;

    public static TestExport General() => new(100, "Fan Server", 200, "general");

    public TestMessage Add(TestMessage message)
    {
        _messages.Add(message);
        return message;
    }

    /// <summary>Adds a plain message <paramref name="minutes"/> after <see cref="Start"/>.</summary>
    public TestMessage Say(double minutes, TestAuthor author, string content, string type = "Default", DateTimeOffset? editedAt = null, IReadOnlyList<TestAuthor>? mentions = null, ulong? replyTo = null) =>
        Add(new TestMessage(++_nextId, Start.AddMinutes(minutes), content, author, type, editedAt, mentions, replyTo));

    public string WriteTo(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("guild");
            writer.WriteString("id", Id(GuildId));
            writer.WriteString("name", guildName);
            writer.WriteString("iconUrl", "https://cdn.discordapp.com/icons/1/a.png");
            writer.WriteEndObject();
            writer.WriteStartObject("channel");
            writer.WriteString("id", Id(ChannelId));
            writer.WriteString("type", channelType);
            if (categoryId is { } category)
            {
                writer.WriteString("categoryId", Id(category));
                writer.WriteString("category", "Parent");
            }
            else
            {
                writer.WriteNull("categoryId");
                writer.WriteNull("category");
            }

            writer.WriteString("name", channelName);
            writer.WriteNull("topic");
            writer.WriteEndObject();
            writer.WriteStartObject("dateRange");
            writer.WriteNull("after");
            writer.WriteNull("before");
            writer.WriteEndObject();
            writer.WriteString("exportedAt", "2024-06-01T00:00:00+00:00");
            writer.WriteStartArray("messages");
            foreach (var message in _messages)
            {
                WriteMessage(writer, message);
            }

            writer.WriteEndArray();
            writer.WriteNumber("messageCount", _messages.Count);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private void WriteMessage(Utf8JsonWriter writer, TestMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id(message.Id));
        writer.WriteString("type", message.Type);
        writer.WriteString("timestamp", message.Timestamp.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture));
        if (message.EditedAt is { } edited)
        {
            writer.WriteString("timestampEdited", edited);
        }
        else
        {
            writer.WriteNull("timestampEdited");
        }

        writer.WriteNull("callEndedTimestamp");
        writer.WriteBoolean("isPinned", false);
        writer.WriteString("content", message.Content);
        writer.WritePropertyName("author");
        WriteUser(writer, message.Author, withRoles: true);
        writer.WriteStartArray("attachments");
        writer.WriteEndArray();
        writer.WriteStartArray("embeds");
        writer.WriteEndArray();
        writer.WriteStartArray("stickers");
        writer.WriteEndArray();
        writer.WriteStartArray("reactions");
        writer.WriteStartObject();
        writer.WriteStartObject("emoji");
        writer.WriteString("id", string.Empty);
        writer.WriteString("name", "❤️");
        writer.WriteEndObject();
        writer.WriteNumber("count", 2);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("mentions");
        foreach (var mentioned in message.Mentions ?? [])
        {
            WriteUser(writer, mentioned, withRoles: false);
        }

        writer.WriteEndArray();
        if (message.ReplyTo is { } target)
        {
            writer.WriteStartObject("reference");
            writer.WriteString("messageId", Id(target));
            writer.WriteString("channelId", Id(ChannelId));
            writer.WriteString("guildId", Id(GuildId));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter writer, TestAuthor user, bool withRoles)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id(user.Id));
        writer.WriteString("name", user.Name);
        writer.WriteString("discriminator", "0000");
        if (user.Nickname is null)
        {
            writer.WriteNull("nickname");
        }
        else
        {
            writer.WriteString("nickname", user.Nickname);
        }

        writer.WriteString("color", "#FFFFFF");
        writer.WriteBoolean("isBot", user.IsBot);
        if (withRoles)
        {
            writer.WriteStartArray("roles");
            foreach (var role in user.Roles)
            {
                writer.WriteStartObject();
                writer.WriteString("id", Id(role));
                writer.WriteString("name", "Role " + Id(role));
                writer.WriteString("color", "#00FF00");
                writer.WriteNumber("position", 1);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteString("avatarUrl", "https://cdn.discordapp.com/embed/avatars/0.png");
        writer.WriteEndObject();
    }

    private static string Id(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
