using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FandomBot.ReplayBench;

/// <summary>
/// Writes a DiscordChatExporter-shaped export of a given size: every field the exporter writes (avatars, roles,
/// reactions, attachments, replies, mentions), indented as it writes it. About 90% ordinary chat and 10% messages with
/// orientation words (speculation about pack people, people speaking of themselves, fiction, pride talk), from
/// 2,000 members of whom a few are bots. Deterministic (fixed seed), so runs compare.
/// </summary>
internal sealed class ExportGenerator(IReadOnlyList<string> people, int seed = 42)
{
    private static readonly string[] Words =
    [
        "the", "a", "i", "you", "we", "they", "it", "is", "was", "so", "really", "just", "love", "like", "think", "know",
        "episode", "season", "song", "album", "concert", "tour", "stream", "match", "goal", "scene", "finale", "trailer",
        "tonight", "yesterday", "tomorrow", "lol", "omg", "honestly", "literally", "what", "when", "where", "why", "how",
        "good", "great", "amazing", "bad", "weird", "funny", "sad", "cute", "best", "worst", "new", "old", "again",
        "watch", "listen", "play", "wait", "see", "read", "buy", "tickets", "merch", "poster", "fanart", "edit", "clip",
        "and", "but", "or", "because", "with", "about", "for", "from", "to", "in", "on", "at", "this", "that", "my", "your",
        "😭", "🔥", "✨", "café", "über", "niño", "ação", "très", "schön",
    ];

    private static readonly string[] Templates =
    [
        "i bet {0} is secretly gay",
        "lowkey {0} gives bi vibes ngl",
        "{0} is so obviously in the closet",
        "is {0} gay? asking for real",
        "{0} and his beard girlfriend lol, clearly PR",
        "as a bi girl i love this song so much",
        "i'm gay and this episode made me cry",
        "Nick and Charlie are canon gay and i love them",
        "happy pride month everyone! 🏳️‍🌈",
        "gay rights are human rights",
        "please stop speculating about {0}'s sexuality, it's not our business",
        "{0} came out as gay in an interview, so proud of him",
    ];

    private readonly Random _random = new(seed);

    public long MessagesWritten { get; private set; }

    public long OrientationMessages { get; private set; }

    /// <summary>Writes messages until the file reaches <paramref name="targetBytes"/>, then closes the export.</summary>
    public void Write(Stream stream, long targetBytes)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartObject("guild");
        writer.WriteString("id", "900000000000000001");
        writer.WriteString("name", "Benchmark Fan Server");
        writer.WriteString("iconUrl", "https://cdn.discordapp.com/icons/900000000000000001/abc.png");
        writer.WriteEndObject();
        writer.WriteStartObject("channel");
        writer.WriteString("id", "900000000000000002");
        writer.WriteString("type", "GuildTextChat");
        writer.WriteString("categoryId", "900000000000000003");
        writer.WriteString("category", "Fandom");
        writer.WriteString("name", "general");
        writer.WriteString("topic", "Talk about anything");
        writer.WriteEndObject();
        writer.WriteStartObject("dateRange");
        writer.WriteNull("after");
        writer.WriteNull("before");
        writer.WriteEndObject();
        writer.WriteString("exportedAt", "2025-01-01T00:00:00+00:00");
        writer.WriteStartArray("messages");
        var time = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        ulong id = 1_000_000_000_000_000_000;
        while (writer.BytesCommitted + writer.BytesPending < targetBytes)
        {
            time = time.AddSeconds(_random.Next(1, 40));
            id += (ulong)_random.Next(1, 1000);
            WriteMessage(writer, id, time);
            MessagesWritten++;
            if (writer.BytesPending > 1 << 20)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteNumber("messageCount", MessagesWritten);
        writer.WriteEndObject();
    }

    private void WriteMessage(Utf8JsonWriter writer, ulong id, DateTimeOffset time)
    {
        var author = _random.Next(2000);
        var isBot = author < 60;
        var isReply = _random.Next(10) == 0;
        var mention = _random.Next(20) == 0 ? _random.Next(2000) : -1;
        writer.WriteStartObject();
        writer.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("type", isReply ? "Reply" : "Default");
        writer.WriteString("timestamp", time.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
        if (_random.Next(25) == 0)
        {
            writer.WriteString("timestampEdited", time.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("timestampEdited");
        }

        writer.WriteNull("callEndedTimestamp");
        writer.WriteBoolean("isPinned", false);
        writer.WriteString("content", Content(mention));
        writer.WritePropertyName("author");
        WriteUser(writer, author, isBot, withRoles: true);
        writer.WriteStartArray("attachments");
        writer.WriteEndArray();
        writer.WriteStartArray("embeds");
        writer.WriteEndArray();
        writer.WriteStartArray("stickers");
        writer.WriteEndArray();
        writer.WriteStartArray("reactions");
        if (_random.Next(5) == 0)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("emoji");
            writer.WriteString("id", string.Empty);
            writer.WriteString("name", "😭");
            writer.WriteString("code", "sob");
            writer.WriteBoolean("isAnimated", false);
            writer.WriteString("imageUrl", "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/1f62d.svg");
            writer.WriteEndObject();
            writer.WriteNumber("count", _random.Next(1, 9));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("mentions");
        if (mention >= 0)
        {
            WriteUser(writer, mention, false, withRoles: false);
        }

        writer.WriteEndArray();
        if (isReply)
        {
            writer.WriteStartObject("reference");
            writer.WriteString("messageId", (id - (ulong)_random.Next(1, 5000)).ToString(CultureInfo.InvariantCulture));
            writer.WriteString("channelId", "900000000000000002");
            writer.WriteString("guildId", "900000000000000001");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private string Content(int mention)
    {
        if (_random.Next(10) == 0)
        {
            OrientationMessages++;
            var template = Templates[_random.Next(Templates.Length)];
            return string.Format(CultureInfo.InvariantCulture, template, people[_random.Next(people.Count)]);
        }

        var count = _random.Next(3, 25);
        var words = new string[count + (mention >= 0 ? 1 : 0)];
        for (var i = 0; i < count; i++)
        {
            words[i] = Words[_random.Next(Words.Length)];
        }

        if (mention >= 0)
        {
            words[^1] = "@member" + mention.ToString(CultureInfo.InvariantCulture);
        }

        return string.Join(' ', words);
    }

    private void WriteUser(Utf8JsonWriter writer, int member, bool isBot, bool withRoles)
    {
        var id = (800_000_000_000_000_000UL + (ulong)member).ToString(CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("name", "member" + member.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("discriminator", "0000");
        writer.WriteString("nickname", "member" + member.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("color", "#99AAB5");
        writer.WriteBoolean("isBot", isBot);
        if (withRoles)
        {
            writer.WriteStartArray("roles");
            for (var r = 0; r < 1 + (member % 3); r++)
            {
                writer.WriteStartObject();
                writer.WriteString("id", (700_000_000_000_000_000UL + (ulong)r).ToString(CultureInfo.InvariantCulture));
                writer.WriteString("name", "Role " + r.ToString(CultureInfo.InvariantCulture));
                writer.WriteString("color", "#3498DB");
                writer.WriteNumber("position", r + 1);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteString("avatarUrl", $"https://cdn.discordapp.com/avatars/{id}/a1b2c3d4e5f6.png?size=512");
        writer.WriteEndObject();
    }
}
