using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Xunit;

namespace FandomBot.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);
    private static readonly Snowflake ChannelA = new(111);
    private static readonly Snowflake ChannelB = new(222);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Waits_for_an_exhausted_route_bucket_until_its_reset_after()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.UsualWithRateLimit("bucket-a", remaining: 0, resetAfterSeconds: 2.5));

        (await h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("one"), Ct)).GetValueOrThrow();
        var second = h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("two"), Ct);

        var wait = await h.NextWaitAsync();
        Assert.Equal(new RateLimitWait(FakeRoutes.CreateMessage, TimeSpan.FromSeconds(2.5), "bucket"), wait);
        h.Time.Advance(TimeSpan.FromSeconds(2.4));
        Assert.False(second.IsCompleted);
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.CreateMessage));

        h.Time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True((await second.WaitAsync(Guard, Ct)).IsSuccess);
        var sent = h.Rest.RequestsTo(FakeRoutes.CreateMessage);
        Assert.Equal(TimeSpan.FromSeconds(2.5), sent[1].ReceivedAt - sent[0].ReceivedAt);
    }

    [Fact]
    public async Task Sends_one_request_to_an_unknown_route_and_learns_its_limit_before_the_next()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.UsualWithRateLimit("bucket-a", remaining: 0, resetAfterSeconds: 1));

        var first = h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("one"), Ct);
        var second = h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("two"), Ct);
        var wait = await h.NextWaitAsync();
        Assert.True((await first.WaitAsync(Guard, Ct)).IsSuccess);
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.CreateMessage));
        h.Time.Advance(wait.Delay);

        Assert.True((await second.WaitAsync(Guard, Ct)).IsSuccess);
        Assert.Equal(TimeSpan.FromSeconds(1), wait.Delay);
        var sent = h.Rest.RequestsTo(FakeRoutes.CreateMessage);
        Assert.Equal(TimeSpan.FromSeconds(1), sent[1].ReceivedAt - sent[0].ReceivedAt);
    }

    [Fact]
    public async Task Keys_buckets_by_major_parameter_so_another_channel_is_not_held_up()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.UsualWithRateLimit("bucket-a", remaining: 0, resetAfterSeconds: 30));

        (await h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("exhausts channel A"), Ct)).GetValueOrThrow();
        var other = await h.Client.CreateMessageAsync(ChannelB, OutgoingMessage.FromText("channel B"), Ct).WaitAsync(Guard, Ct);

        Assert.True(other.IsSuccess);
        Assert.Empty(h.AllWaits);
        Assert.Equal(2, h.Rest.RequestsTo(FakeRoutes.CreateMessage).Count);
    }

    [Fact]
    public async Task Routes_that_Discord_puts_in_one_bucket_share_its_limit()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.UsualWithRateLimit("shared", remaining: 1, resetAfterSeconds: 5));
        h.Rest.Script(FakeRoutes.EditMessage, FakeResponse.UsualWithRateLimit("shared", remaining: 0, resetAfterSeconds: 4));

        (await h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("create"), Ct)).GetValueOrThrow();
        (await h.Client.EditMessageAsync(ChannelA, new Snowflake(5), OutgoingMessage.FromText("edit"), Ct)).GetValueOrThrow();
        var next = h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("create again"), Ct);

        Assert.Equal(TimeSpan.FromSeconds(4), (await h.NextWaitAsync()).Delay);
        h.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.True((await next.WaitAsync(Guard, Ct)).IsSuccess);
    }

    [Fact]
    public async Task Obeys_a_route_429_retry_after_and_then_succeeds()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.RateLimited(1.5, bucket: "bucket-a"));

        var call = h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("hello"), Ct);
        var wait = await h.NextWaitAsync();
        Assert.Equal(TimeSpan.FromSeconds(1.5), wait.Delay);
        Assert.False(call.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.True((await call.WaitAsync(Guard, Ct)).IsSuccess);
        var sent = h.Rest.RequestsTo(FakeRoutes.CreateMessage);
        Assert.Equal(2, sent.Count);
        Assert.Equal(TimeSpan.FromSeconds(1.5), sent[1].ReceivedAt - sent[0].ReceivedAt);
    }

    [Fact]
    public async Task A_global_429_pauses_every_bot_route_but_not_interaction_callbacks()
    {
        await using var h = await RestHarness.StartAsync();
        var start = h.Time.GetUtcNow();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.RateLimited(2, global: true));

        var limited = h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText("hello"), Ct);
        Assert.Equal(new RateLimitWait(FakeRoutes.CreateMessage, TimeSpan.FromSeconds(2), "global 429"), await h.NextWaitAsync());
        var otherRoute = h.Client.GetCurrentUserAsync(Ct);
        var callback = await h.Client.CreateInteractionResponseAsync(
            new Snowflake(9), "interaction-token", InteractionResponse.DeferMessage(ephemeral: false), Ct).WaitAsync(Guard, Ct);

        Assert.True(callback.IsSuccess);
        Assert.False(otherRoute.IsCompleted);
        Assert.Empty(h.Rest.RequestsTo(FakeRoutes.GetCurrentUser));

        h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await limited.WaitAsync(Guard, Ct)).IsSuccess);
        Assert.True((await otherRoute.WaitAsync(Guard, Ct)).IsSuccess);
        Assert.Equal(start + TimeSpan.FromSeconds(2), h.Rest.RequestsTo(FakeRoutes.GetCurrentUser).Single().ReceivedAt);
        Assert.Equal(start + TimeSpan.FromSeconds(2), h.Rest.RequestsTo(FakeRoutes.CreateMessage)[1].ReceivedAt);
    }

    [Fact]
    public async Task Sends_at_most_50_bot_requests_in_any_second()
    {
        await using var h = await RestHarness.StartAsync();
        var start = h.Time.GetUtcNow();

        var calls = Enumerable.Range(1, 55)
            .Select(i => h.Client.CreateMessageAsync(new Snowflake((ulong)i), OutgoingMessage.FromText("hi"), Ct))
            .ToList();
        await h.WaitForRequestsAsync(FakeRoutes.CreateMessage, 50);
        var wait = await h.NextWaitAsync();

        Assert.Equal("global 50/s", wait.Reason);
        Assert.Equal(TimeSpan.FromSeconds(1), wait.Delay);
        Assert.Equal(50, h.Rest.RequestsTo(FakeRoutes.CreateMessage).Count);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        var results = await Task.WhenAll(calls).WaitAsync(Guard, Ct);
        Assert.All(results, r => Assert.True(r.IsSuccess));
        var sent = h.Rest.RequestsTo(FakeRoutes.CreateMessage);
        Assert.Equal(50, sent.Count(r => r.ReceivedAt == start));
        Assert.Equal(5, sent.Count(r => r.ReceivedAt == start + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Interaction_callbacks_are_outside_the_global_limit()
    {
        await using var h = await RestHarness.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 60).Select(i =>
                h.Client.CreateInteractionResponseAsync(new Snowflake((ulong)i), "token-" + i, InteractionResponse.DeferUpdate(), Ct)))
            .WaitAsync(Guard, Ct);

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(60, h.Rest.RequestsTo(FakeRoutes.InteractionCallback).Count);
        Assert.Empty(h.AllWaits);
    }

    [Fact]
    public async Task Follows_the_fakes_realistic_limit_without_ever_hitting_a_429()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.EnableRateLimit(FakeRoutes.CreateMessage, new FakeRateLimit("msg", Limit: 5, Window: TimeSpan.FromSeconds(5)));

        var calls = Enumerable.Range(0, 12).Select(i => h.Client.CreateMessageAsync(ChannelA, OutgoingMessage.FromText($"m{i}"), Ct)).ToList();
        var results = await h.RunThroughWaitsAsync(Task.WhenAll(calls));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(12, h.Rest.RequestsTo(FakeRoutes.CreateMessage).Count);
        Assert.Equal(0, h.State.InvalidRequestsInWindow);
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)], h.AllWaits.Select(w => w.Delay));
    }
}
