using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FandomBot.Discord.Gateway.Payloads;

namespace FandomBot.Discord.Gateway;

/// <summary>Builds the commands a shard sends (IDENTIFY, RESUME, heartbeat, presence) and sends them on a connection.</summary>
internal static class GatewayCommands
{
    /// <summary>The <c>properties.os</c> of IDENTIFY.</summary>
    private static readonly string OperatingSystem = Environment.OSVersion.Platform.ToString().ToLowerInvariant();

    public static Task IdentifyAsync(GatewayConnection connection, GatewayShardSettings settings, CancellationToken cancellationToken)
    {
        var identify = new IdentifyData(
            settings.Token,
            (int)settings.Intents,
            new IdentifyConnectionProperties(OperatingSystem, settings.LibraryName, settings.LibraryName),
            [settings.ShardId, settings.ShardCount]);
        return SendAsync(connection, new(GatewayOpCode.Identify, identify), GatewayJsonContext.Default.IdentifyPayload, isHeartbeat: false, cancellationToken);
    }

    public static Task ResumeAsync(GatewayConnection connection, string token, string sessionId, long? sequence, CancellationToken cancellationToken) =>
        SendAsync(connection, new(GatewayOpCode.Resume, new ResumeData(token, sessionId, sequence)), GatewayJsonContext.Default.ResumePayload, isHeartbeat: false, cancellationToken);

    public static Task HeartbeatAsync(GatewayConnection connection, long? sequence, CancellationToken cancellationToken) =>
        SendAsync(connection, new(GatewayOpCode.Heartbeat, sequence), GatewayJsonContext.Default.HeartbeatPayload, isHeartbeat: true, cancellationToken);

    public static Task PresenceUpdateAsync(GatewayConnection connection, GatewayPresence presence, CancellationToken cancellationToken)
    {
        // A custom status is activity type 4; its text travels in "state".
        PresenceActivityData[] activities = presence.CustomStatus is null
            ? []
            : [new PresenceActivityData("Custom Status", 4, presence.CustomStatus)];
        var update = new PresenceUpdateData(null, activities, presence.Status, false);
        return SendAsync(connection, new(GatewayOpCode.PresenceUpdate, update), GatewayJsonContext.Default.PresenceUpdatePayload, isHeartbeat: false, cancellationToken);
    }

    private static Task SendAsync<T>(
        GatewayConnection connection, GatewayCommandPayload<T> payload, JsonTypeInfo<GatewayCommandPayload<T>> typeInfo, bool isHeartbeat, CancellationToken cancellationToken) =>
        connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo), isHeartbeat, cancellationToken);
}
