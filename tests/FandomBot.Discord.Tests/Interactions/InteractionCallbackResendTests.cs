using System.Net;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using FandomBot.Discord.Tests.Rest;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FandomBot.Discord.Tests.Interactions;

/// <summary>
/// An interaction callback is accepted only within 3 s of the interaction, and a POST answered 5xx may already have
/// posted: it is never sent again after its deadline, and never again blindly. Before a resend the client looks for
/// the original response the callback would have created.
/// </summary>
public sealed class InteractionCallbackResendTests
{
    private const string InteractionToken = "token-7";
    private static readonly Snowflake InteractionId = new(7);
    private static readonly TimeSpan Window = InteractionResponder.FirstResponseDeadline;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_callback_that_failed_with_500_and_did_not_land_is_looked_for_then_sent_again_in_time()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.ServerError(500));
        var deadline = h.Time.GetUtcNow() + Window;

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.Message(OutgoingMessage.FromText("hi")), deadline));

        Assert.True(result.IsSuccess);
        Assert.Equal([FakeRoutes.InteractionCallback, FakeRoutes.GetOriginalResponse, FakeRoutes.InteractionCallback], h.Rest.Requests.Select(r => r.Route));
        var lookup = Assert.Single(h.Rest.RequestsTo(FakeRoutes.GetOriginalResponse));
        Assert.Equal($"/api/v10/webhooks/{h.Rest.ApplicationId}/{InteractionToken}/messages/@original", lookup.Path);
        Assert.All(h.Rest.RequestsTo(FakeRoutes.InteractionCallback), r => Assert.True(r.ReceivedAt < deadline));
        Assert.Equal([RestRequestSender.FirstDeadlineBackoff], h.AllWaits.Select(w => w.Delay));
    }

    [Fact]
    public async Task A_callback_that_posted_before_its_500_is_found_and_not_posted_again()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.ServerErrorAfterTakingEffect(500));

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.Message(OutgoingMessage.FromText("hi")), h.Time.GetUtcNow() + Window));

        Assert.True(result.IsSuccess);
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.InteractionCallback));
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.GetOriginalResponse));
        Assert.Empty(h.AllWaits);
    }

    [Fact]
    public async Task A_deferral_that_landed_before_a_502_is_found_as_the_loading_original()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.ServerErrorAfterTakingEffect(502));

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.DeferMessage(ephemeral: true), h.Time.GetUtcNow() + Window));

        Assert.True(result.IsSuccess);
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.InteractionCallback));
        var original = await h.Client.GetOriginalInteractionResponseAsync(new Snowflake(h.Rest.ApplicationId), InteractionToken, Ct);
        Assert.True(original.GetValueOrThrow().Flags!.Value.HasFlag(MessageFlags.Ephemeral));
    }

    [Fact]
    public async Task A_callback_whose_connection_dropped_after_it_posted_is_found_and_not_posted_again()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.DroppedAfterTakingEffect);

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.Message(OutgoingMessage.FromText("hi")), h.Time.GetUtcNow() + Window));

        Assert.True(result.IsSuccess);
        Assert.Equal([FakeRoutes.InteractionCallback, FakeRoutes.GetOriginalResponse], h.Rest.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task A_callback_whose_connection_dropped_before_it_took_effect_is_looked_for_then_sent_again()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.Dropped);

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.Message(OutgoingMessage.FromText("hi")), h.Time.GetUtcNow() + Window));

        Assert.True(result.IsSuccess);
        Assert.Equal([FakeRoutes.InteractionCallback, FakeRoutes.GetOriginalResponse, FakeRoutes.InteractionCallback], h.Rest.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task A_callback_that_could_not_connect_is_sent_again_without_a_lookup_but_only_before_the_deadline()
    {
        // Port 1 on loopback refuses connections at once: nothing was sent, so nothing can have landed.
        await using var h = await RestHarness.StartAsync(options => options.ApiBaseUrl = new Uri("http://127.0.0.1:1/api/v10"));
        var deadline = h.Time.GetUtcNow() + TimeSpan.FromSeconds(1);

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.Message(OutgoingMessage.FromText("hi")), deadline));

        // Resent after 0.25 s and 0.5 s; the next wait (1 s) would end past the deadline.
        Assert.Equal(DiscordErrorKind.NetworkFailure, result.Error!.Kind);
        Assert.Equal([0.25, 0.5], h.AllWaits.Select(w => w.Delay.TotalSeconds));
    }

    [Fact]
    public async Task Server_errors_in_a_row_never_resend_past_the_deadline_and_each_resend_follows_a_lookup()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, Enumerable.Repeat(FakeResponse.ServerError(500), 10).ToArray());
        // The handler took 2.2 s: 0.8 s of the window are left.
        var deadline = h.Time.GetUtcNow() + TimeSpan.FromSeconds(0.8);

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.Message(OutgoingMessage.FromText("hi")), deadline));

        Assert.Equal(DiscordErrorKind.ServerUnavailable, result.Error!.Kind);
        // 500 at 0 s, lookup, resend at 0.25 s; 500, lookup, resend at 0.75 s; 500, lookup: the next would be at 1.75 s.
        Assert.Equal(
            [FakeRoutes.InteractionCallback, FakeRoutes.GetOriginalResponse, FakeRoutes.InteractionCallback, FakeRoutes.GetOriginalResponse,
                FakeRoutes.InteractionCallback, FakeRoutes.GetOriginalResponse],
            h.Rest.Requests.Select(r => r.Route));
        Assert.All(h.Rest.RequestsTo(FakeRoutes.InteractionCallback), r => Assert.True(r.ReceivedAt < deadline));
        Assert.Contains(h.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("deadline", StringComparison.Ordinal));
        // The client's own lines name the route template, never the token-bearing path (HttpClient's own Information
        // lines carry the URL; masking those is the host's log scrubber's job).
        Assert.DoesNotContain(h.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains(InteractionToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_callback_whose_result_cannot_be_looked_for_is_not_sent_again_after_a_500()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.ServerError(500));

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.DeferUpdate(), h.Time.GetUtcNow() + Window));

        Assert.Equal(DiscordErrorKind.ServerUnavailable, result.Error!.Kind);
        Assert.Equal(HttpStatusCode.InternalServerError, result.Error.Status);
        Assert.Equal([FakeRoutes.InteractionCallback], h.Rest.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task A_callback_without_a_deadline_is_never_sent_again_after_a_500()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, Enumerable.Repeat(FakeResponse.ServerError(500), 4).ToArray());

        var result = await h.RunThroughWaitsAsync(h.Client.CreateInteractionResponseAsync(
            InteractionId, InteractionToken, InteractionResponse.Message(OutgoingMessage.FromText("hi")), Ct));

        Assert.Equal(DiscordErrorKind.ServerUnavailable, result.Error!.Kind);
        Assert.Single(h.Rest.Requests);
        Assert.Empty(h.AllWaits);
    }

    [Fact]
    public async Task A_rate_limited_callback_is_sent_again_only_when_the_wait_ends_before_the_deadline()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.RateLimited(0.5), FakeResponse.RateLimited(5));
        var deadline = h.Time.GetUtcNow() + Window;

        var result = await h.RunThroughWaitsAsync(Respond(h, InteractionResponse.Message(OutgoingMessage.FromText("hi")), deadline));

        // A 429 did nothing, so no lookup: resent after 0.5 s, then a 5 s wait would end past the deadline.
        Assert.Equal(DiscordErrorKind.RateLimited, result.Error!.Kind);
        Assert.Equal([FakeRoutes.InteractionCallback, FakeRoutes.InteractionCallback], h.Rest.Requests.Select(r => r.Route));
        Assert.All(h.Rest.Requests, r => Assert.True(r.ReceivedAt < deadline));
    }

    [Fact]
    public async Task The_responder_gives_the_callback_the_deadline_of_the_interactions_arrival()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.InteractionCallback, Enumerable.Repeat(FakeResponse.ServerError(500), 10).ToArray());
        var arrived = h.Time.GetUtcNow();
        var interaction = new Interaction
        {
            Id = InteractionId,
            ApplicationId = new Snowflake(h.Rest.ApplicationId),
            Type = InteractionType.ApplicationCommand,
            Token = InteractionToken,
            Data = new InteractionData { Name = "quote" },
        };

        // The interaction waited 1.9 s in the queue; the handler then answers at once.
        h.Time.Advance(TimeSpan.FromSeconds(1.9));
        var outcome = await h.RunThroughWaitsAsync(h.Responder.RespondAsync(interaction, arrived,
            (_, _) => Task.FromResult(InteractionReply.WithMessage(OutgoingMessage.FromText("quick"))), cancellationToken: Ct));

        // Sent at 1.9 s, again at 2.15 s and 2.65 s (each after a lookup); the next would be at 3.65 s: not sent.
        Assert.False(outcome.Result.IsSuccess);
        Assert.All(h.Rest.RequestsTo(FakeRoutes.InteractionCallback), r => Assert.True(r.ReceivedAt < arrived + Window));
        Assert.Equal(3, h.Rest.RequestsTo(FakeRoutes.InteractionCallback).Count);
        Assert.Equal(3, h.Rest.RequestsTo(FakeRoutes.GetOriginalResponse).Count);
    }

    private static Task<DiscordResult> Respond(RestHarness h, InteractionResponse response, DateTimeOffset deadline) =>
        h.Client.CreateInteractionResponseAsync(InteractionId, new Snowflake(h.Rest.ApplicationId), InteractionToken, response, deadline, Ct);
}
