using System.Text.Json.Nodes;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Models;
using Xunit;

namespace FandomBot.Discord.Tests.Rest;

public sealed class MentionSafetyTests
{
    private static readonly Snowflake Channel = new(111);
    private static readonly Snowflake App = new(100_000_000_000_000_002);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_message_leaves_without_allowed_mentions_parse_empty()
    {
        await using var h = await RestHarness.StartAsync();
        var risky = OutgoingMessage.FromText("@everyone @here <@123> <@&456> look");

        await h.Client.CreateMessageAsync(Channel, risky, Ct);
        await h.Client.CreateMessageAsync(Channel, risky.AsReplyTo(new Snowflake(77)), Ct);
        await h.Client.EditMessageAsync(Channel, new Snowflake(5), risky, Ct);
        await h.Client.EditOriginalInteractionResponseAsync(App, "tok", risky, Ct);
        await h.Client.CreateFollowupMessageAsync(App, "tok", risky, Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(9), "tok", InteractionResponse.Message(risky), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(10), "tok2", InteractionResponse.UpdateMessage(risky), Ct);

        var bodies = h.Rest.Requests
            .Where(r => FakeRoutes.MessageRoutes.Contains(r.Route))
            .Select(r => r.Body!)
            .Concat(h.Rest.RequestsTo(FakeRoutes.InteractionCallback).Select(r => r.Body!["data"]!))
            .ToList();
        Assert.Equal(7, bodies.Count);
        foreach (var body in bodies)
        {
            var allowed = body["allowed_mentions"]!.AsObject();
            Assert.Empty(allowed["parse"]!.AsArray());
            Assert.Null(allowed["users"]);
            Assert.Null(allowed["roles"]);
            Assert.False(allowed["replied_user"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task Pings_only_the_users_and_roles_a_caller_names()
    {
        await using var h = await RestHarness.StartAsync();
        var message = OutgoingMessage.FromText("<@123> <@999> <@&456>").PingingUsers(new Snowflake(123)).PingingRoles(new Snowflake(456));

        await h.Client.CreateMessageAsync(Channel, message, Ct);

        var allowed = h.Rest.RequestsTo(FakeRoutes.CreateMessage).Single().Body!["allowed_mentions"]!;
        Assert.Empty(allowed["parse"]!.AsArray());
        Assert.Equal(["123"], allowed["users"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["456"], allowed["roles"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void A_message_cannot_be_made_without_saying_who_may_be_pinged() =>
        Assert.Throws<ArgumentNullException>(() => new OutgoingMessage { Content = "x", AllowedMentions = null! });

    [Fact]
    public async Task Rejects_a_message_over_Discords_limits_before_sending_it()
    {
        await using var h = await RestHarness.StartAsync();

        var e = await Assert.ThrowsAsync<MessageLimitException>(() =>
            h.Client.CreateMessageAsync(Channel, OutgoingMessage.FromText(new string('a', 2001)), Ct));
        await Assert.ThrowsAsync<MessageLimitException>(() =>
            h.Client.EditOriginalInteractionResponseAsync(App, "tok", OutgoingMessage.FromEmbeds(new Embed { Title = new string('t', 257) }), Ct));

        Assert.Contains("2000", e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Rest.Requests);
    }

    [Fact]
    public async Task Sends_bot_authorization_and_the_discord_user_agent_but_no_token_to_webhook_routes()
    {
        await using var h = await RestHarness.StartAsync();

        await h.Client.GetCurrentUserAsync(Ct);
        await h.Client.CreateFollowupMessageAsync(App, "interaction-token", OutgoingMessage.FromText("hi"), Ct);

        var bot = h.Rest.RequestsTo(FakeRoutes.GetCurrentUser).Single();
        var webhook = h.Rest.RequestsTo(FakeRoutes.CreateFollowup).Single();
        Assert.Equal("Bot " + RestHarness.Token, bot.Header("Authorization"));
        Assert.Equal($"DiscordBot (https://github.com/fandombot/fandombot, {FandomBot.Discord.Rest.DiscordRestState.ClientVersion})", bot.Header("User-Agent"));
        Assert.Matches(@"^DiscordBot \(https://\S+, \d+\.\d+\.\d+\)$", webhook.Header("User-Agent"));
        Assert.Null(webhook.Header("Authorization"));
        Assert.Equal("application/json", webhook.Header("Content-Type"));
        Assert.IsType<JsonObject>(webhook.Body);
    }
}
