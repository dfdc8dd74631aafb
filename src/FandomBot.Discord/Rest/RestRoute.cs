using System.Globalization;

namespace FandomBot.Discord.Rest;

/// <summary>
/// One call of the REST API: method, the route template (as in Discord's OpenAPI description), the concrete path,
/// and the route's major parameter, which together with Discord's bucket hash keys its rate limit.
/// </summary>
internal sealed record RestRoute
{
    private const string InteractionCallbackTemplate = "/interactions/{interaction_id}/{interaction_token}/callback";

    private RestRoute(HttpMethod method, string template, string path, string majorParameter, RestRouteKind kind)
    {
        Method = method;
        Template = template;
        Path = path;
        MajorParameter = majorParameter;
        Kind = kind;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The route template, for example <c>/channels/{channel_id}/messages</c>.</summary>
    public string Template { get; }

    /// <summary>The concrete path relative to the API base, without a leading slash.</summary>
    public string Path { get; }

    /// <summary>The channel id, guild id or webhook id + token the route's limit is per; empty for top-level routes.</summary>
    public string MajorParameter { get; }

    /// <summary>How the route authenticates and whether the global limit applies.</summary>
    public RestRouteKind Kind { get; }

    /// <summary>Bot-token routes carry <c>Authorization</c>; interaction-token routes authenticate by their URL.</summary>
    public bool UsesBotToken => Kind == RestRouteKind.Bot;

    /// <summary>Interaction routes are exempt from the global 50 requests per second (Discord's rule).</summary>
    public bool CountsTowardGlobalLimit => Kind == RestRouteKind.Bot;

    /// <summary>
    /// The first answer to an interaction: a POST that may have taken effect even when Discord answered 5xx, so it is
    /// never sent again blindly (see <see cref="RestResendRule"/>).
    /// </summary>
    public bool IsInteractionCallback => Template == InteractionCallbackTemplate;

    /// <summary>The key under which a route's bucket hash is learned: method plus template.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    /// <summary>For logs: method and template, never the concrete path (it may hold an interaction token).</summary>
    public override string ToString() => RouteKey;

    public static RestRoute GetGatewayBot() => Bot(HttpMethod.Get, "/gateway/bot", "gateway/bot", "");

    public static RestRoute GetCurrentUser() => Bot(HttpMethod.Get, "/users/@me", "users/@me", "");

    public static RestRoute GetCurrentApplication() => Bot(HttpMethod.Get, "/applications/@me", "applications/@me", "");

    public static RestRoute CreateDmChannel() => Bot(HttpMethod.Post, "/users/@me/channels", "users/@me/channels", "");

    public static RestRoute CreateMessage(Models.Snowflake channelId) =>
        Bot(HttpMethod.Post, "/channels/{channel_id}/messages", $"channels/{channelId}/messages", Id(channelId));

    public static RestRoute EditMessage(Models.Snowflake channelId, Models.Snowflake messageId) =>
        Bot(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"channels/{channelId}/messages/{messageId}", Id(channelId));

    public static RestRoute BulkOverwriteGlobalCommands(Models.Snowflake applicationId) =>
        Bot(HttpMethod.Put, "/applications/{application_id}/commands", $"applications/{applicationId}/commands", "");

    public static RestRoute BulkOverwriteGuildCommands(Models.Snowflake applicationId, Models.Snowflake guildId) =>
        Bot(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands",
            $"applications/{applicationId}/guilds/{guildId}/commands", Id(guildId));

    public static RestRoute CreateInteractionResponse(Models.Snowflake interactionId, string token) =>
        Interaction(HttpMethod.Post, InteractionCallbackTemplate,
            $"interactions/{interactionId}/{Escape(token)}/callback", $"{interactionId}/{token}");

    public static RestRoute GetOriginalInteractionResponse(Models.Snowflake applicationId, string token) =>
        Interaction(HttpMethod.Get, "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
            $"webhooks/{applicationId}/{Escape(token)}/messages/@original", $"{applicationId}/{token}");

    public static RestRoute EditOriginalInteractionResponse(Models.Snowflake applicationId, string token) =>
        Interaction(HttpMethod.Patch, "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
            $"webhooks/{applicationId}/{Escape(token)}/messages/@original", $"{applicationId}/{token}");

    public static RestRoute DeleteOriginalInteractionResponse(Models.Snowflake applicationId, string token) =>
        Interaction(HttpMethod.Delete, "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
            $"webhooks/{applicationId}/{Escape(token)}/messages/@original", $"{applicationId}/{token}");

    public static RestRoute CreateFollowupMessage(Models.Snowflake applicationId, string token) =>
        Interaction(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}",
            $"webhooks/{applicationId}/{Escape(token)}", $"{applicationId}/{token}");

    private static RestRoute Bot(HttpMethod method, string template, string path, string major) =>
        new(method, template, path, major, RestRouteKind.Bot);

    private static RestRoute Interaction(HttpMethod method, string template, string path, string major) =>
        new(method, template, path, major, RestRouteKind.InteractionToken);

    private static string Id(Models.Snowflake id) => id.Value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string token) => Uri.EscapeDataString(token);
}
