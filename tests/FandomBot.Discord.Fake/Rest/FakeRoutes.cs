namespace FandomBot.Discord.Fake.Rest;

/// <summary>The route keys of the fake REST API: method plus the template of Discord's OpenAPI description.</summary>
public static class FakeRoutes
{
    /// <summary>GET /gateway/bot.</summary>
    public const string GetGatewayBot = "GET /gateway/bot";

    /// <summary>GET /users/@me.</summary>
    public const string GetCurrentUser = "GET /users/@me";

    /// <summary>GET /applications/@me.</summary>
    public const string GetCurrentApplication = "GET /applications/@me";

    /// <summary>POST /users/@me/channels.</summary>
    public const string CreateDmChannel = "POST /users/@me/channels";

    /// <summary>POST /channels/{channel_id}/messages.</summary>
    public const string CreateMessage = "POST /channels/{channel_id}/messages";

    /// <summary>PATCH /channels/{channel_id}/messages/{message_id}.</summary>
    public const string EditMessage = "PATCH /channels/{channel_id}/messages/{message_id}";

    /// <summary>POST /interactions/{interaction_id}/{interaction_token}/callback.</summary>
    public const string InteractionCallback = "POST /interactions/{interaction_id}/{interaction_token}/callback";

    /// <summary>GET /webhooks/{webhook_id}/{webhook_token}/messages/@original.</summary>
    public const string GetOriginalResponse = "GET /webhooks/{webhook_id}/{webhook_token}/messages/@original";

    /// <summary>PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original.</summary>
    public const string EditOriginalResponse = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original";

    /// <summary>DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original.</summary>
    public const string DeleteOriginalResponse = "DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original";

    /// <summary>POST /webhooks/{webhook_id}/{webhook_token}.</summary>
    public const string CreateFollowup = "POST /webhooks/{webhook_id}/{webhook_token}";

    /// <summary>PUT /applications/{application_id}/commands.</summary>
    public const string BulkOverwriteGlobalCommands = "PUT /applications/{application_id}/commands";

    /// <summary>PUT /applications/{application_id}/guilds/{guild_id}/commands.</summary>
    public const string BulkOverwriteGuildCommands = "PUT /applications/{application_id}/guilds/{guild_id}/commands";

    /// <summary>The routes that carry a message body (and so must carry <c>allowed_mentions</c>).</summary>
    public static IReadOnlyList<string> MessageRoutes { get; } =
        [CreateMessage, EditMessage, EditOriginalResponse, CreateFollowup];
}
