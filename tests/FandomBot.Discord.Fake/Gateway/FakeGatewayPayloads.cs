using System.Globalization;
using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>The dispatch data the fake gateway sends, shaped like Discord's (ids as strings, snake_case).</summary>
public static class FakeGatewayPayloads
{
    /// <summary>A snowflake as Discord writes it: a decimal string.</summary>
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A random, plausible snowflake.</summary>
    public static ulong NextSnowflake() => ((ulong)Random.Shared.NextInt64(1, 1L << 40) << 22) + (uint)Random.Shared.Next(1 << 22);

    /// <summary>The <c>guild_id</c> of a message or interaction object, or null for a DM.</summary>
    public static ulong? GuildIdOf(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data["guild_id"]?.GetValue<string>() is { } text ? ulong.Parse(text, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A plain text message by a human user.</summary>
    public static JsonObject Message(ulong? guildId, ulong channelId, string content, ulong authorId, ulong messageId, DateTimeOffset timestamp)
    {
        var data = new JsonObject
        {
            ["id"] = Id(messageId),
            ["channel_id"] = Id(channelId),
            ["author"] = new JsonObject { ["id"] = Id(authorId), ["username"] = "fan", ["discriminator"] = "0", ["global_name"] = "Fan" },
            ["content"] = content,
            ["timestamp"] = timestamp.ToString("O", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = 0,
        };
        if (guildId is { } guild)
        {
            data["guild_id"] = Id(guild);
        }

        return data;
    }

    /// <summary>A slash command (interaction type 2) with no options, from a member in a guild or a user in a DM.</summary>
    public static JsonObject SlashCommand(ulong? guildId, ulong channelId, string commandName, ulong userId, string token, ulong interactionId, ulong applicationId)
    {
        var user = new JsonObject { ["id"] = Id(userId), ["username"] = "fan", ["discriminator"] = "0" };
        var data = new JsonObject
        {
            ["id"] = Id(interactionId),
            ["application_id"] = Id(applicationId),
            ["type"] = 2,
            ["data"] = new JsonObject { ["id"] = Id(NextSnowflake()), ["name"] = commandName, ["type"] = 1 },
            ["channel_id"] = Id(channelId),
            ["token"] = token,
            ["version"] = 1,
        };
        if (guildId is { } guild)
        {
            data["guild_id"] = Id(guild);
            data["member"] = new JsonObject
            {
                ["user"] = user,
                ["roles"] = new JsonArray(),
                ["permissions"] = "2147483648",
                ["joined_at"] = "2024-01-01T00:00:00+00:00",
            };
        }
        else
        {
            data["user"] = user;
        }

        return data;
    }

    /// <summary>READY for <paramref name="session"/>, listing the shard's guilds as unavailable (they follow as GUILD_CREATE).</summary>
    public static JsonObject Ready(FakeGatewaySession session, ulong botUserId, ulong applicationId, Uri resumeUrl, IEnumerable<ulong> guildIds)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = Id(botUserId), ["username"] = "FandomBot", ["discriminator"] = "0", ["bot"] = true },
            ["guilds"] = new JsonArray([.. guildIds.Select(id => (JsonNode)new JsonObject { ["id"] = Id(id), ["unavailable"] = true })]),
            ["session_id"] = session.SessionId,
            ["resume_gateway_url"] = resumeUrl?.ToString(),
            ["shard"] = new JsonArray(session.ShardId, session.ShardCount),
            ["application"] = new JsonObject { ["id"] = Id(applicationId), ["flags"] = 0 },
        };
    }

    /// <summary>GUILD_CREATE for an available guild (no members, channels or presences: the bot keeps no cache).</summary>
    public static JsonObject GuildCreate(ulong guildId, string name) =>
        new() { ["id"] = Id(guildId), ["name"] = name, ["unavailable"] = false, ["member_count"] = 10 };

    /// <summary>GUILD_DELETE: an outage when <paramref name="unavailable"/>, else the bot was removed.</summary>
    public static JsonObject GuildDelete(ulong guildId, bool unavailable)
    {
        var data = new JsonObject { ["id"] = Id(guildId) };
        if (unavailable)
        {
            data["unavailable"] = true;
        }

        return data;
    }
}
