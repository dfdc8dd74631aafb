using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FandomBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Rest;

/// <summary>
/// The Discord REST API v10 calls the bot makes. Every call goes through the shared rate limits in
/// <see cref="DiscordRestState"/> and returns a <see cref="DiscordResult{T}"/>: a 403 or 404 from Discord is an
/// expected answer, not an exception. Messages are checked against Discord's size limits before they are sent
/// (a <see cref="MessageLimitException"/> is a bug in the caller) and always carry <c>allowed_mentions</c>.
/// </summary>
public sealed class DiscordRestClient
{
    private readonly RestRequestSender _sender;

    /// <summary>Creates a client on an <see cref="HttpClient"/> from <c>IHttpClientFactory</c>.</summary>
    public DiscordRestClient(HttpClient httpClient, DiscordRestState state, ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(logger);
        _sender = new RestRequestSender(
            httpClient, state.Options.ApiBaseUrl, state.BotToken, state.UserAgent, state.RateLimiter, state.InvalidRequests, state.TokenStatus, logger);
    }

    /// <summary><c>GET /gateway/bot</c>: the gateway URL, recommended shard count and session start limit.</summary>
    public Task<DiscordResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync(RestRoute.GetGatewayBot(), null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);

    /// <summary><c>GET /users/@me</c>: the bot's own user.</summary>
    public Task<DiscordResult<User>> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        SendAsync(RestRoute.GetCurrentUser(), null, DiscordJsonContext.Default.User, cancellationToken);

    /// <summary><c>GET /applications/@me</c>: the bot's application (its id registers commands).</summary>
    public Task<DiscordResult<Application>> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        SendAsync(RestRoute.GetCurrentApplication(), null, DiscordJsonContext.Default.Application, cancellationToken);

    /// <summary><c>POST /channels/{channel_id}/messages</c>.</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public Task<DiscordResult<Message>> CreateMessageAsync(Snowflake channelId, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        MessageLimits.Check(message);
        return SendAsync(RestRoute.CreateMessage(channelId), Json(message, DiscordJsonContext.Default.OutgoingMessage),
            DiscordJsonContext.Default.Message, cancellationToken);
    }

    /// <summary><c>PATCH /channels/{channel_id}/messages/{message_id}</c>; the reply reference cannot change and is left out.</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public Task<DiscordResult<Message>> EditMessageAsync(Snowflake channelId, Snowflake messageId, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        MessageLimits.Check(message);
        return SendAsync(RestRoute.EditMessage(channelId, messageId), Json(message with { MessageReference = null }, DiscordJsonContext.Default.OutgoingMessage),
            DiscordJsonContext.Default.Message, cancellationToken);
    }

    /// <summary><c>POST /users/@me/channels</c>: opens (or finds) the DM channel with a user.</summary>
    public Task<DiscordResult<Channel>> CreateDmChannelAsync(Snowflake userId, CancellationToken cancellationToken = default) =>
        SendAsync(RestRoute.CreateDmChannel(), Json(new CreateDmChannelRequest(userId), DiscordJsonContext.Default.CreateDmChannelRequest),
            DiscordJsonContext.Default.Channel, cancellationToken);

    /// <summary>
    /// <c>POST /interactions/{id}/{token}/callback</c>: the first answer to an interaction (types 4, 5, 6, 7, 8).
    /// Authenticated by the interaction token, outside the global limit. Sent once: without a deadline a failed
    /// callback is never sent again (it may have taken effect). Prefer <c>InteractionResponder</c>, which keeps the
    /// 3-second and 15-minute deadlines and uses the overload with a deadline.
    /// </summary>
    public async Task<DiscordResult> CreateInteractionResponseAsync(
        Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);
        var result = await _sender.SendAsync(RestRoute.CreateInteractionResponse(interactionId, interactionToken),
            Json(response, DiscordJsonContext.Default.InteractionResponse), cancellationToken).ConfigureAwait(false);
        return result.WithoutValue();
    }

    /// <summary>
    /// <c>POST /interactions/{id}/{token}/callback</c> with Discord's deadline for it (3 s from the interaction's
    /// arrival, on the client's <see cref="TimeProvider"/>): never sent again once the deadline would pass. After a
    /// 5xx or a failure once the request was out, the callback may have taken effect, so before any resend
    /// <c>GET /webhooks/{application_id}/{token}/messages/@original</c> looks for the original response it creates:
    /// found, the call is done; not found (404), it goes again. Only a message (type 4) or a deferral (type 5) creates
    /// an original response; the other types cannot be looked for and are not sent again after such a failure.
    /// </summary>
    public async Task<DiscordResult> CreateInteractionResponseAsync(
        Snowflake interactionId, Snowflake applicationId, string interactionToken, InteractionResponse response, DateTimeOffset deadline,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);
        Func<CancellationToken, Task<bool?>>? checkLanded =
            response.Type is InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.DeferredChannelMessageWithSource
                ? token => OriginalResponseExistsAsync(applicationId, interactionToken, deadline, token)
                : null;
        var result = await _sender.SendAsync(RestRoute.CreateInteractionResponse(interactionId, interactionToken),
            Json(response, DiscordJsonContext.Default.InteractionResponse), cancellationToken, new RestResendRule(deadline, checkLanded)).ConfigureAwait(false);
        return result.WithoutValue();
    }

    /// <summary><c>GET /webhooks/{application_id}/{token}/messages/@original</c>: the first answer, once it exists.</summary>
    public Task<DiscordResult<Message>> GetOriginalInteractionResponseAsync(
        Snowflake applicationId, string interactionToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        return SendAsync(RestRoute.GetOriginalInteractionResponse(applicationId, interactionToken), null, DiscordJsonContext.Default.Message, cancellationToken);
    }

    /// <summary><c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>: completes a deferred answer.</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public Task<DiscordResult<Message>> EditOriginalInteractionResponseAsync(
        Snowflake applicationId, string interactionToken, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        MessageLimits.Check(message);
        return SendAsync(RestRoute.EditOriginalInteractionResponse(applicationId, interactionToken),
            Json(message with { MessageReference = null }, DiscordJsonContext.Default.OutgoingMessage), DiscordJsonContext.Default.Message, cancellationToken);
    }

    /// <summary><c>DELETE /webhooks/{application_id}/{token}/messages/@original</c>: removes the first answer.</summary>
    public async Task<DiscordResult> DeleteOriginalInteractionResponseAsync(
        Snowflake applicationId, string interactionToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        var result = await _sender.SendAsync(RestRoute.DeleteOriginalInteractionResponse(applicationId, interactionToken), null, cancellationToken)
            .ConfigureAwait(false);
        return result.WithoutValue();
    }

    /// <summary><c>POST /webhooks/{application_id}/{token}</c>: a further message after the first answer.</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public Task<DiscordResult<Message>> CreateFollowupMessageAsync(
        Snowflake applicationId, string interactionToken, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        MessageLimits.Check(message);
        return SendAsync(RestRoute.CreateFollowupMessage(applicationId, interactionToken),
            Json(message with { MessageReference = null }, DiscordJsonContext.Default.OutgoingMessage), DiscordJsonContext.Default.Message, cancellationToken);
    }

    /// <summary><c>PUT /applications/{application_id}/commands</c>: replaces all global commands.</summary>
    public Task<DiscordResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGlobalCommandsAsync(
        Snowflake applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default) =>
        SendAsync(RestRoute.BulkOverwriteGlobalCommands(applicationId),
            Json(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition),
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken);

    /// <summary><c>PUT /applications/{application_id}/guilds/{guild_id}/commands</c>: replaces a guild's commands.</summary>
    public Task<DiscordResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGuildCommandsAsync(
        Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default) =>
        SendAsync(RestRoute.BulkOverwriteGuildCommands(applicationId, guildId),
            Json(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition),
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken);

    /// <summary>Whether a callback's original response exists: true, false (404), or null when Discord could not say in time.</summary>
    private async Task<bool?> OriginalResponseExistsAsync(Snowflake applicationId, string interactionToken, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var found = await _sender.SendAsync(RestRoute.GetOriginalInteractionResponse(applicationId, interactionToken), null, cancellationToken,
            new RestResendRule(deadline, CheckLanded: null)).ConfigureAwait(false);
        return found.IsSuccess ? true : found.Error.Status == System.Net.HttpStatusCode.NotFound ? false : null;
    }

    private async Task<DiscordResult<T>> SendAsync<T>(RestRoute route, byte[]? body, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
    {
        var result = await _sender.SendAsync(route, body, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return DiscordResult<T>.Failure(result.Error);
        }

        // A 2xx body that does not parse breaks Discord's contract: that is exceptional, so it throws.
        var value = JsonSerializer.Deserialize(result.Value, answer)
            ?? throw new JsonException($"Discord answered {route} with an empty body.");
        return DiscordResult<T>.Success(value);
    }

    private static byte[] Json<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);
}
