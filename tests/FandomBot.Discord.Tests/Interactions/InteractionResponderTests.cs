using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using FandomBot.Discord.Tests.Rest;
using Xunit;

namespace FandomBot.Discord.Tests.Interactions;

public sealed class InteractionResponderTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_a_fast_handler_with_a_single_message_callback()
    {
        await using var h = await RestHarness.StartAsync();

        var outcome = await h.Responder.RespondAsync(Command(h), h.Time.GetUtcNow(),
            (_, _) => Task.FromResult(InteractionReply.WithMessage(OutgoingMessage.FromText("quick"))), cancellationToken: Ct);

        Assert.False(outcome.Deferred);
        Assert.True(outcome.Result.IsSuccess);
        var callback = Assert.Single(h.Rest.Requests);
        Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
        Assert.Equal("quick", callback.Body["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Defers_a_slow_command_two_seconds_after_arrival_and_completes_by_editing_the_original()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();
        var arrived = h.Time.GetUtcNow();

        var responding = h.Responder.RespondAsync(Command(h), arrived, (_, _) => reply.Task, ephemeral: true, Ct);
        h.Time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Empty(h.Rest.Requests);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var deferral = await h.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.InteractionCallback, Guard, Ct);

        Assert.Equal(arrived + TimeSpan.FromSeconds(2), deferral.ReceivedAt);
        Assert.True(deferral.ReceivedAt - arrived < InteractionResponder.FirstResponseDeadline);
        Assert.Equal(5, deferral.Body!["type"]!.GetValue<int>());
        Assert.Equal(64, deferral.Body["data"]!["flags"]!.GetValue<int>());

        reply.SetResult(InteractionReply.WithMessage(OutgoingMessage.FromText("slow but sure")));
        var outcome = await responding.WaitAsync(Guard, Ct);

        Assert.True(outcome.Deferred);
        Assert.True(outcome.Result.IsSuccess);
        var edit = Assert.Single(h.Rest.RequestsTo(FakeRoutes.EditOriginalResponse));
        Assert.Equal($"/api/v10/webhooks/{h.Rest.ApplicationId}/token-1/messages/@original", edit.Path);
        Assert.Equal("slow but sure", edit.Body!["content"]!.GetValue<string>());
        Assert.Null(edit.Body["flags"]);
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.InteractionCallback));
    }

    [Fact]
    public async Task Measures_the_deadline_from_arrival_not_from_when_the_responder_starts()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();
        var arrived = h.Time.GetUtcNow() - TimeSpan.FromSeconds(1.5);

        var responding = h.Responder.RespondAsync(Command(h), arrived, (_, _) => reply.Task, cancellationToken: Ct);
        h.Time.Advance(TimeSpan.FromSeconds(0.5));
        var deferral = await h.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.InteractionCallback, Guard, Ct);
        reply.SetResult(InteractionReply.WithMessage(OutgoingMessage.FromText("done")));
        await responding.WaitAsync(Guard, Ct);

        Assert.Equal(arrived + TimeSpan.FromSeconds(2), deferral.ReceivedAt);
        Assert.Null(deferral.Body!["data"]);
    }

    [Fact]
    public async Task Defers_a_slow_button_with_type_6_then_updates_its_message()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();

        var responding = h.Responder.RespondAsync(Button(h), h.Time.GetUtcNow(), (_, _) => reply.Task, cancellationToken: Ct);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        var deferral = await h.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.InteractionCallback, Guard, Ct);
        reply.SetResult(InteractionReply.UpdatingMessage(OutgoingMessage.FromText("updated")));
        var outcome = await responding.WaitAsync(Guard, Ct);

        Assert.Equal(6, deferral.Body!["type"]!.GetValue<int>());
        Assert.True(outcome.Deferred);
        Assert.Equal("updated", Assert.Single(h.Rest.RequestsTo(FakeRoutes.EditOriginalResponse)).Body!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_slow_button_answering_with_a_new_message_sends_a_followup()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();

        var responding = h.Responder.RespondAsync(Button(h), h.Time.GetUtcNow(), (_, _) => reply.Task, ephemeral: true, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await h.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.InteractionCallback, Guard, Ct);
        reply.SetResult(InteractionReply.WithMessage(OutgoingMessage.FromText("only for you")));
        await responding.WaitAsync(Guard, Ct);

        var followup = Assert.Single(h.Rest.RequestsTo(FakeRoutes.CreateFollowup));
        Assert.Equal(64, followup.Body!["flags"]!.GetValue<int>());
        Assert.Empty(h.Rest.RequestsTo(FakeRoutes.EditOriginalResponse));
    }

    [Fact]
    public async Task Answers_autocomplete_without_ever_deferring_it()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();

        var responding = h.Responder.RespondAsync(Autocomplete(h), h.Time.GetUtcNow(), (_, _) => reply.Task, cancellationToken: Ct);
        h.Time.Advance(TimeSpan.FromSeconds(2.5));
        Assert.Empty(h.Rest.Requests);
        reply.SetResult(InteractionReply.WithChoices(
            [ApplicationCommandOptionChoice.FromString("Star Trek", "star-trek"), ApplicationCommandOptionChoice.FromString("Stargate", "stargate")]));
        var outcome = await responding.WaitAsync(Guard, Ct);

        Assert.False(outcome.Deferred);
        var callback = Assert.Single(h.Rest.Requests);
        Assert.Equal(8, callback.Body!["type"]!.GetValue<int>());
        Assert.Equal(["Star Trek", "Stargate"], callback.Body["data"]!["choices"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Sends_nothing_for_autocomplete_that_misses_three_seconds()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();

        var handlerToken = CancellationToken.None;

        var responding = h.Responder.RespondAsync(Autocomplete(h), h.Time.GetUtcNow(), (_, token) =>
        {
            handlerToken = token;
            return reply.Task;
        }, cancellationToken: Ct);
        h.Time.Advance(TimeSpan.FromSeconds(3));
        var outcome = await responding.WaitAsync(Guard, Ct);

        Assert.Equal(DiscordErrorKind.InteractionExpired, outcome.Result.Error!.Kind);
        Assert.True(handlerToken.IsCancellationRequested);
        Assert.Empty(h.Rest.Requests);
    }

    [Fact]
    public async Task Refuses_to_use_the_token_after_fifteen_minutes()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();
        var handlerToken = CancellationToken.None;

        var responding = h.Responder.RespondAsync(Command(h), h.Time.GetUtcNow(), (_, token) =>
        {
            handlerToken = token;
            return reply.Task;
        }, cancellationToken: Ct);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await h.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.InteractionCallback, Guard, Ct);
        h.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(2));
        Assert.True(handlerToken.IsCancellationRequested);
        reply.SetResult(InteractionReply.WithMessage(OutgoingMessage.FromText("too late")));
        var outcome = await responding.WaitAsync(Guard, Ct);

        Assert.Equal(DiscordErrorKind.InteractionExpired, outcome.Result.Error!.Kind);
        Assert.Empty(h.Rest.RequestsTo(FakeRoutes.EditOriginalResponse));
    }

    [Fact]
    public async Task Does_not_answer_an_interaction_that_arrived_more_than_three_seconds_ago()
    {
        await using var h = await RestHarness.StartAsync();
        var called = false;

        var outcome = await h.Responder.RespondAsync(Command(h), h.Time.GetUtcNow() - TimeSpan.FromSeconds(3.5), (_, _) =>
        {
            called = true;
            return Task.FromResult(InteractionReply.WithMessage(OutgoingMessage.FromText("x")));
        }, cancellationToken: Ct);

        Assert.False(called);
        Assert.Equal(DiscordErrorKind.InteractionExpired, outcome.Result.Error!.Kind);
        Assert.Empty(h.Rest.Requests);
    }

    [Fact]
    public async Task An_ephemeral_reply_after_a_public_deferral_never_becomes_public()
    {
        await using var h = await RestHarness.StartAsync();
        var reply = new TaskCompletionSource<InteractionReply>();

        var responding = h.Responder.RespondAsync(Command(h), h.Time.GetUtcNow(), (_, _) => reply.Task, ephemeral: false, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await h.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.InteractionCallback, Guard, Ct);
        reply.SetResult(InteractionReply.WithMessage(OutgoingMessage.FromText("just for you").AsEphemeral()));
        var outcome = await responding.WaitAsync(Guard, Ct);

        Assert.True(outcome.Result.IsSuccess);
        Assert.Empty(h.Rest.RequestsTo(FakeRoutes.EditOriginalResponse));
        Assert.Equal(64, Assert.Single(h.Rest.RequestsTo(FakeRoutes.CreateFollowup)).Body!["flags"]!.GetValue<int>());
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.DeleteOriginalResponse));
    }

    private static Interaction Command(RestHarness h) => new()
    {
        Id = new Snowflake(1),
        ApplicationId = new Snowflake(h.Rest.ApplicationId),
        Type = InteractionType.ApplicationCommand,
        Token = "token-1",
        Data = new InteractionData { Name = "quote" },
    };

    private static Interaction Button(RestHarness h) => Command(h) with
    {
        Type = InteractionType.MessageComponent,
        Data = new InteractionData { CustomId = "quote:more", ComponentType = ComponentType.Button },
    };

    private static Interaction Autocomplete(RestHarness h) => Command(h) with { Type = InteractionType.ApplicationCommandAutocomplete };
}
