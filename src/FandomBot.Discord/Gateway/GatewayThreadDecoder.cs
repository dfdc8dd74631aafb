using System.Text.Json;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Gateway.Payloads;
using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway;

/// <summary>
/// The thread dispatches (THREAD_CREATE, THREAD_UPDATE, THREAD_DELETE, THREAD_LIST_SYNC) and the threads GUILD_CREATE
/// carries: the bot needs each thread's parent channel, because a channel listed for reminders covers its threads.
/// </summary>
internal static class GatewayThreadDecoder
{
    /// <summary>Whether the event is one this decoder reads.</summary>
    public static bool IsThreadEvent(string? eventName) =>
        eventName is "THREAD_CREATE" or "THREAD_UPDATE" or "THREAD_DELETE" or "THREAD_LIST_SYNC";

    /// <summary>The typed thread event, or null when <paramref name="eventName"/> is not a thread event.</summary>
    public static GatewayEvent? Decode(string? eventName, JsonElement data, int shardId, DateTimeOffset receivedAt) => eventName switch
    {
        "THREAD_CREATE" => new ThreadCreateEvent(shardId, receivedAt, GatewayDispatchDecoder.Required(data.Deserialize(DiscordJsonContext.Default.Channel))),
        "THREAD_UPDATE" => new ThreadUpdateEvent(shardId, receivedAt, GatewayDispatchDecoder.Required(data.Deserialize(DiscordJsonContext.Default.Channel))),
        "THREAD_DELETE" => GatewayDispatchDecoder.Required(data.Deserialize(GatewayJsonContext.Default.ThreadDeleteData)) is var deleted
            ? new ThreadDeleteEvent(shardId, receivedAt, deleted.Id, deleted.GuildId, deleted.ParentId)
            : null,
        "THREAD_LIST_SYNC" => GatewayDispatchDecoder.Required(data.Deserialize(GatewayJsonContext.Default.ThreadListSyncData)) is var sync
            ? new ThreadListSyncEvent(shardId, receivedAt, sync.GuildId, sync.ChannelIds, Threads(data))
            : null,
        _ => null,
    };

    /// <summary>The <c>threads</c> array of GUILD_CREATE or THREAD_LIST_SYNC (empty when absent).</summary>
    public static IReadOnlyList<Channel> Threads(JsonElement data) =>
        data.TryGetProperty("threads"u8, out var threads) && threads.ValueKind == JsonValueKind.Array
            ? threads.Deserialize(DiscordJsonContext.Default.IReadOnlyListChannel) ?? []
            : [];
}
