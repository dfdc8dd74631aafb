using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Interactions;

/// <summary>
/// Answers interactions within Discord's deadlines, measured from when the interaction ARRIVED here (Discord's own
/// timestamps are on another clock): the first response must reach Discord within 3 s, so a handler still running
/// after <see cref="DeferAfter"/> is deferred (type 5 for commands, 6 for components) and its reply then edits the
/// original response. The interaction token lives 15 minutes; after that nothing is sent with it.
/// Autocomplete is never deferred: Discord has no deferral for it.
/// </summary>
public sealed class InteractionResponder(DiscordRestClient rest, TimeProvider timeProvider, ILogger<InteractionResponder> logger)
{
    /// <summary>How long a handler may run before the interaction is deferred; leaves a second for the network.</summary>
    public static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2);

    /// <summary>Discord's deadline for the first response, from receipt.</summary>
    public static readonly TimeSpan FirstResponseDeadline = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction token is valid.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>Runs <paramref name="handler"/> and delivers its reply in time.</summary>
    /// <param name="interaction">The interaction from INTERACTION_CREATE.</param>
    /// <param name="arrivedAt">When it arrived, from the same <see cref="TimeProvider"/>.</param>
    /// <param name="handler">Works out the reply.</param>
    /// <param name="ephemeral">Whether the reply is only for the user; a deferral must say so before the reply exists.</param>
    /// <param name="cancellationToken">Stops waiting (for example at shutdown).</param>
    public async Task<InteractionOutcome> RespondAsync(
        Interaction interaction, DateTimeOffset arrivedAt, InteractionHandler handler, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(handler);
        var age = timeProvider.GetUtcNow() - arrivedAt;
        if (age >= FirstResponseDeadline)
        {
            logger.ArrivedTooLate(interaction.Id, age);
            return new InteractionOutcome(false, Expired("The 3-second window for the first response had passed."));
        }

        // The handler may run as long as the token lives; after that its reply could not be delivered anyway.
        using var tokenLifetime = new CancellationTokenSource(TokenLifetime - age, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(tokenLifetime.Token, cancellationToken);
        var handling = handler(interaction, linked.Token);

        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            return await AnswerAutocompleteAsync(interaction, arrivedAt, handling, linked, cancellationToken).ConfigureAwait(false);
        }

        if (!await FinishesWithinAsync(handling, arrivedAt + DeferAfter, cancellationToken).ConfigureAwait(false))
        {
            return await DeferThenCompleteAsync(interaction, arrivedAt, handling, ephemeral, cancellationToken).ConfigureAwait(false);
        }

        var reply = await handling.ConfigureAwait(false);
        var response = reply.Kind == InteractionReplyKind.UpdateMessage
            ? InteractionResponse.UpdateMessage(reply.Message!)
            : InteractionResponse.Message(MessageOf(reply, ephemeral));
        var result = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.ApplicationId, interaction.Token, response, arrivedAt + FirstResponseDeadline, cancellationToken).ConfigureAwait(false);
        Acknowledged(result, reply.Kind == InteractionReplyKind.UpdateMessage ? "update" : "message", arrivedAt);
        return new InteractionOutcome(false, result);
    }

    private async Task<InteractionOutcome> AnswerAutocompleteAsync(
        Interaction interaction, DateTimeOffset arrivedAt, Task<InteractionReply> handling, CancellationTokenSource handlerCancellation, CancellationToken cancellationToken)
    {
        if (!await FinishesWithinAsync(handling, arrivedAt + FirstResponseDeadline, cancellationToken).ConfigureAwait(false))
        {
            // Suggestions that come later can never be shown: stop the handler's work.
            await handlerCancellation.CancelAsync().ConfigureAwait(false);
            logger.AutocompleteTooSlow(interaction.Id);
            return new InteractionOutcome(false, Expired("The autocomplete handler missed the 3-second deadline."));
        }

        var reply = await handling.ConfigureAwait(false);
        var response = InteractionResponse.Autocomplete(reply.Choices ?? []);
        var result = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.ApplicationId, interaction.Token, response, arrivedAt + FirstResponseDeadline, cancellationToken).ConfigureAwait(false);
        Acknowledged(result, "autocomplete", arrivedAt);
        return new InteractionOutcome(false, result);
    }

    private async Task<InteractionOutcome> DeferThenCompleteAsync(
        Interaction interaction, DateTimeOffset arrivedAt, Task<InteractionReply> handling, bool ephemeral, CancellationToken cancellationToken)
    {
        var isComponent = interaction.Type == InteractionType.MessageComponent;
        var deferral = isComponent ? InteractionResponse.DeferUpdate() : InteractionResponse.DeferMessage(ephemeral);
        var deferred = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.ApplicationId, interaction.Token, deferral, arrivedAt + FirstResponseDeadline, cancellationToken).ConfigureAwait(false);
        Acknowledged(deferred, "deferred", arrivedAt);
        if (!deferred.IsSuccess)
        {
            logger.DeferralFailed(interaction.Id, deferred.Error);
            return new InteractionOutcome(true, deferred);
        }

        InteractionReply reply;
        try
        {
            reply = await handling.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.TokenExpired(interaction.Id);
            return new InteractionOutcome(true, Expired("The handler outlived the 15-minute interaction token."));
        }

        if (timeProvider.GetUtcNow() - arrivedAt >= TokenLifetime)
        {
            logger.TokenExpired(interaction.Id);
            return new InteractionOutcome(true, Expired("The 15-minute interaction token had expired."));
        }

        var message = MessageOf(reply, ephemeral);
        if (!isComponent && message.IsEphemeral && !ephemeral)
        {
            return await ReplacePublicDeferralAsync(interaction, message, cancellationToken).ConfigureAwait(false);
        }

        // After a type 6 deferral the original response IS the component's message: a new message is a follow-up.
        var result = isComponent && reply.Kind == InteractionReplyKind.Message
            ? (await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken).ConfigureAwait(false)).WithoutValue()
            : (await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, WithoutEphemeralFlag(message), cancellationToken).ConfigureAwait(false)).WithoutValue();
        return new InteractionOutcome(true, result);
    }

    /// <summary>
    /// The handler chose privacy after a public deferral went out. Editing the original would publish the reply to
    /// the whole channel, so it goes as an ephemeral follow-up and the public "thinking…" message is removed.
    /// </summary>
    private async Task<InteractionOutcome> ReplacePublicDeferralAsync(Interaction interaction, OutgoingMessage message, CancellationToken cancellationToken)
    {
        logger.EphemeralAfterPublicDeferral(interaction.Id);
        var followup = await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken).ConfigureAwait(false);
        if (!followup.IsSuccess)
        {
            return new InteractionOutcome(true, followup.WithoutValue());
        }

        var deleted = await rest.DeleteOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken).ConfigureAwait(false);
        return new InteractionOutcome(true, deleted);
    }

    private async Task<bool> FinishesWithinAsync(Task task, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var remaining = deadline - timeProvider.GetUtcNow();
        if (task.IsCompleted || remaining <= TimeSpan.Zero)
        {
            return task.IsCompleted;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(remaining, timeProvider, timer.Token);
        var first = await Task.WhenAny(task, delay).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return first == task;
    }

    private static OutgoingMessage MessageOf(InteractionReply reply, bool ephemeral)
    {
        var message = reply.Message ?? throw new InvalidOperationException($"A {reply.Kind} reply carries no message.");
        return ephemeral && !message.IsEphemeral ? message.AsEphemeral() : message;
    }

    // Visibility is fixed by the deferral; Discord rejects changing it when the original is edited.
    private static OutgoingMessage WithoutEphemeralFlag(OutgoingMessage message) =>
        message.Flags is { } flags && flags.HasFlag(MessageFlags.Ephemeral)
            ? message with { Flags = flags == MessageFlags.Ephemeral ? null : flags & ~MessageFlags.Ephemeral }
            : message;

    private static DiscordResult Expired(string message) =>
        DiscordResult.Failure(new DiscordApiError(DiscordErrorKind.InteractionExpired, null, null, message));

    private void Acknowledged(DiscordResult result, string how, DateTimeOffset arrivedAt)
    {
        if (result.IsSuccess)
        {
            Diagnostics.DiscordMetrics.InteractionAcknowledged(how, timeProvider.GetUtcNow() - arrivedAt);
        }
    }
}
