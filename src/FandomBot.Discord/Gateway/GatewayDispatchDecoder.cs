using System.Text.Json;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Gateway.Payloads;
using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway;

/// <summary>Turns a dispatch's event name and data into a typed <see cref="GatewayEvent"/>.</summary>
internal static class GatewayDispatchDecoder
{
    /// <summary>
    /// The typed event, or null for events the bot does not use. Throws <see cref="JsonException"/> when the data
    /// does not have the shape of its event.
    /// </summary>
    public static GatewayEvent? Decode(string? eventName, JsonElement data, int shardId, DateTimeOffset receivedAt)
    {
        if (eventName is not "RESUMED" && IsKnown(eventName) && data.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The data of {eventName} is {data.ValueKind}, not an object.");
        }

        return DecodeObject(eventName, data, shardId, receivedAt);
    }

    private static bool IsKnown(string? eventName) => eventName is "READY" or "GUILD_CREATE" or "GUILD_DELETE" or "MESSAGE_CREATE" or "INTERACTION_CREATE"
        || GatewayThreadDecoder.IsThreadEvent(eventName);

    private static GatewayEvent? DecodeObject(string? eventName, JsonElement data, int shardId, DateTimeOffset receivedAt) => eventName switch
    {
        "READY" => DecodeReady(data, shardId, receivedAt),
        "RESUMED" => new ResumedEvent(shardId, receivedAt),
        "GUILD_CREATE" => Required(data.Deserialize(GatewayJsonContext.Default.GuildAvailabilityData)) is var created
            ? new GuildCreateEvent(shardId, receivedAt, created.Id, created.Name) { Threads = GatewayThreadDecoder.Threads(data) }
            : null,
        "GUILD_DELETE" => Required(data.Deserialize(GatewayJsonContext.Default.GuildAvailabilityData)) is var deleted
            ? new GuildDeleteEvent(shardId, receivedAt, deleted.Id, deleted.Unavailable ?? false)
            : null,
        "MESSAGE_CREATE" => new MessageCreateEvent(shardId, receivedAt, Required(data.Deserialize(DiscordJsonContext.Default.Message))),
        "INTERACTION_CREATE" => new InteractionCreateEvent(shardId, receivedAt, Required(data.Deserialize(DiscordJsonContext.Default.Interaction))),
        _ => GatewayThreadDecoder.Decode(eventName, data, shardId, receivedAt),
    };

    private static ReadyEvent DecodeReady(JsonElement data, int shardId, DateTimeOffset receivedAt)
    {
        var ready = Required(data.Deserialize(GatewayJsonContext.Default.ReadyData));
        if (!Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
        {
            throw new JsonException("READY carries no valid resume_gateway_url.");
        }

        return new ReadyEvent(
            shardId, receivedAt, ready.SessionId, resumeUrl, ready.Application.Id, ready.User, ready.Guilds?.Count ?? 0);
    }

    /// <summary>The dispatch's data, or a <see cref="JsonException"/> when it had none.</summary>
    internal static T Required<T>(T? value)
        where T : class =>
        value ?? throw new JsonException($"The dispatch has no data for {typeof(T).Name}.");
}
