using System.Net;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FandomBot.Discord.Tests.Rest;

public sealed class RetryAndErrorTests
{
    private static readonly Snowflake Channel = new(111);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retries_server_errors_with_growing_backoff_then_succeeds()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.GetCurrentUser, FakeResponse.ServerError(502), FakeResponse.ServerError(503));

        var result = await h.RunThroughWaitsAsync(h.Client.GetCurrentUserAsync(Ct));

        Assert.True(result.IsSuccess);
        Assert.Equal(3, h.Rest.RequestsTo(FakeRoutes.GetCurrentUser).Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], h.AllWaits.Select(w => w.Delay));
    }

    [Fact]
    public async Task Gives_up_after_three_server_error_retries()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, Enumerable.Repeat(FakeResponse.ServerError(500), 10).ToArray());

        var result = await h.RunThroughWaitsAsync(h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("hi"), Ct));

        Assert.False(result.IsSuccess);
        Assert.Equal(DiscordErrorKind.ServerUnavailable, result.Error.Kind);
        Assert.Equal(HttpStatusCode.InternalServerError, result.Error.Status);
        Assert.Equal(4, h.Rest.RequestsTo(FakeRoutes.CreateMessage).Count);
        Assert.Equal([1, 2, 4], h.AllWaits.Select(w => w.Delay.TotalSeconds));
    }

    [Fact]
    public async Task Gives_up_after_five_429s_in_a_row()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, Enumerable.Repeat(FakeResponse.RateLimited(0.25, bucket: "b"), 10).ToArray());

        var result = await h.RunThroughWaitsAsync(h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("hi"), Ct));

        Assert.Equal(DiscordErrorKind.RateLimited, result.Error!.Kind);
        Assert.Equal(6, h.Rest.RequestsTo(FakeRoutes.CreateMessage).Count);
        Assert.All(h.AllWaits, w => Assert.Equal(TimeSpan.FromSeconds(0.25), w.Delay));
    }

    [Fact]
    public async Task Retries_an_unanswered_read_with_backoff_but_never_an_unanswered_post()
    {
        // Port 1 on loopback refuses connections at once: a request that gets no answer at all.
        await using var h = await RestHarness.StartAsync(options => options.ApiBaseUrl = new Uri("http://127.0.0.1:1/api/v10"));

        var read = await h.RunThroughWaitsAsync(h.Client.GetCurrentUserAsync(Ct));
        var readWaits = h.AllWaits.Select(w => w.Delay.TotalSeconds).ToList();
        var post = await h.RunThroughWaitsAsync(h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("hi"), Ct));

        Assert.Equal(DiscordErrorKind.NetworkFailure, read.Error!.Kind);
        Assert.Equal([1, 2, 4], readWaits);
        Assert.Equal(DiscordErrorKind.NetworkFailure, post.Error!.Kind);
        Assert.Equal(3, h.AllWaits.Count);
    }

    [Theory]
    [InlineData(403, DiscordErrorCodes.MissingPermissions, "Missing Permissions")]
    [InlineData(403, DiscordErrorCodes.CannotSendMessagesToUser, "Cannot send messages to this user")]
    [InlineData(404, DiscordErrorCodes.UnknownChannel, "Unknown Channel")]
    [InlineData(400, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body")]
    public async Task Returns_client_errors_as_typed_values_without_retrying(int status, int code, string message)
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.Error(status, code, message));

        var result = await h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("hi"), Ct);

        Assert.False(result.IsSuccess);
        Assert.Equal(new DiscordApiError(DiscordErrorKind.Rejected, (HttpStatusCode)status, code, message), result.Error);
        Assert.Single(h.Rest.RequestsTo(FakeRoutes.CreateMessage));
        Assert.Empty(h.AllWaits);
    }

    [Fact]
    public async Task Names_the_common_Discord_codes()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.EditMessage, FakeResponse.Error(404, DiscordErrorCodes.UnknownMessage, "Unknown Message"));
        h.Rest.Script(FakeRoutes.InteractionCallback, FakeResponse.Error(404, DiscordErrorCodes.UnknownInteraction, "Unknown interaction"));

        var edit = await h.Client.EditMessageAsync(Channel, new Snowflake(5), OutgoingMessage.FromText("x"), Ct);
        var callback = await h.Client.CreateInteractionResponseAsync(new Snowflake(6), "tok", InteractionResponse.DeferUpdate(), Ct);

        Assert.True(edit.Error!.IsUnknownMessage);
        Assert.True(callback.Error!.IsUnknownInteraction);
    }

    [Fact]
    public async Task Stops_using_the_token_after_a_401_and_says_so_once()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.GetCurrentUser, FakeResponse.Error(401, 0, "401: Unauthorized"));

        var first = await h.Client.GetCurrentUserAsync(Ct);
        var second = await h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("hi"), Ct);
        var third = await h.Client.GetGatewayBotAsync(Ct);

        Assert.Equal(DiscordErrorKind.Unauthorized, first.Error!.Kind);
        Assert.Equal(DiscordErrorKind.Unauthorized, second.Error!.Kind);
        Assert.Equal(DiscordErrorKind.Unauthorized, third.Error!.Kind);
        Assert.Null(second.Error.Status);
        Assert.Single(h.Rest.Requests);
        Assert.True(h.State.IsTokenRevoked);

        // Refused on the first call: a start-up mistake the caller reports (the host exits 3), so a Warning, once.
        Assert.Single(h.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("rejected the bot token", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(h.Logs.Entries, e => e.Message.Contains(RestHarness.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_that_worked_and_is_then_refused_is_an_error_once()
    {
        await using var h = await RestHarness.StartAsync();

        var before = await h.Client.GetCurrentUserAsync(Ct);
        h.Rest.Script(FakeRoutes.GetCurrentUser, FakeResponse.Error(401, 0, "401: Unauthorized"));
        var revoked = await h.Client.GetCurrentUserAsync(Ct);
        var after = await h.Client.GetGatewayBotAsync(Ct);

        Assert.True(before.IsSuccess);
        Assert.Equal(DiscordErrorKind.Unauthorized, revoked.Error!.Kind);
        Assert.Equal(DiscordErrorKind.Unauthorized, after.Error!.Kind);
        Assert.Single(h.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("no longer accepts the bot token", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Logs.Entries, e => e.Message.Contains("rejected the bot token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Counts_401_403_and_429_in_a_rolling_ten_minute_window()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage,
            FakeResponse.Error(403, DiscordErrorCodes.MissingPermissions, "Missing Permissions"),
            FakeResponse.Error(403, DiscordErrorCodes.MissingPermissions, "Missing Permissions"),
            FakeResponse.RateLimited(1, bucket: "b"),
            FakeResponse.Usual,
            FakeResponse.RateLimited(1, bucket: "b", scope: "shared"),
            FakeResponse.Usual);

        await h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("1"), Ct);
        await h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("2"), Ct);
        await h.RunThroughWaitsAsync(h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("3"), Ct));
        await h.RunThroughWaitsAsync(h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText("4"), Ct));

        Assert.Equal(3, h.State.InvalidRequestsInWindow);
        h.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, h.State.InvalidRequestsInWindow);
    }

    [Fact]
    public void Warns_once_as_invalid_requests_near_the_ban_threshold()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var monitor = new InvalidRequestMonitor(time, factory.CreateLogger<InvalidRequestMonitor>());

        for (var i = 0; i < 2_499; i++)
        {
            monitor.Record(HttpStatusCode.Forbidden, null);
        }

        Assert.DoesNotContain(logs.Entries, e => e.Level == LogLevel.Warning);
        monitor.Record(HttpStatusCode.Forbidden, null);
        monitor.Record(HttpStatusCode.Forbidden, null);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("2500", StringComparison.Ordinal));
        monitor.Record(HttpStatusCode.NotFound, null);
        Assert.Equal(2_501, monitor.CountInWindow);
    }
}
