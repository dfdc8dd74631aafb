using System.Text.Json.Nodes;
using static FandomBot.Discord.Fake.Gateway.FakeGatewayPayloads;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>
/// Thread dispatch data shaped like Discord's: a thread is a channel (type 11 public, 12 private) with a
/// <c>parent_id</c>; THREAD_DELETE carries only ids and type; THREAD_LIST_SYNC lists a guild's active threads.
/// </summary>
public static class FakeThreadPayloads
{
    /// <summary>A thread channel object, as in THREAD_CREATE, THREAD_UPDATE and GUILD_CREATE's <c>threads</c>.</summary>
    public static JsonObject Thread(ulong guildId, ulong threadId, ulong parentId, string name = "thread", bool archived = false, bool newlyCreated = false)
    {
        var data = new JsonObject
        {
            ["id"] = Id(threadId),
            ["guild_id"] = Id(guildId),
            ["parent_id"] = Id(parentId),
            ["owner_id"] = Id(42),
            ["type"] = 11,
            ["name"] = name,
            ["last_message_id"] = null,
            ["rate_limit_per_user"] = 0,
            ["flags"] = 0,
            ["message_count"] = 0,
            ["member_count"] = 1,
            ["total_message_sent"] = 0,
            ["thread_metadata"] = new JsonObject
            {
                ["archived"] = archived,
                ["auto_archive_duration"] = 1440,
                ["archive_timestamp"] = "2024-05-01T12:00:00.000000+00:00",
                ["locked"] = false,
            },
        };
        if (newlyCreated)
        {
            data["newly_created"] = true;
        }

        return data;
    }

    /// <summary>THREAD_DELETE's data: only the thread's id, guild, parent and type.</summary>
    public static JsonObject ThreadDelete(ulong guildId, ulong threadId, ulong parentId) =>
        new() { ["id"] = Id(threadId), ["guild_id"] = Id(guildId), ["parent_id"] = Id(parentId), ["type"] = 11 };

    /// <summary>THREAD_LIST_SYNC: the active threads of <paramref name="channelIds"/> (or of the whole guild when null).</summary>
    public static JsonObject ThreadListSync(ulong guildId, IEnumerable<ulong>? channelIds, params JsonObject[] threads)
    {
        var data = new JsonObject
        {
            ["guild_id"] = Id(guildId),
            ["threads"] = new JsonArray([.. threads]),
            ["members"] = new JsonArray(),
        };
        if (channelIds is not null)
        {
            data["channel_ids"] = new JsonArray([.. channelIds.Select(id => (JsonNode)Id(id))]);
        }

        return data;
    }

    /// <summary>GUILD_CREATE for an available guild with its active threads.</summary>
    public static JsonObject GuildCreateWithThreads(ulong guildId, string name, params JsonObject[] threads)
    {
        var data = GuildCreate(guildId, name);
        data["threads"] = new JsonArray([.. threads]);
        return data;
    }
}
