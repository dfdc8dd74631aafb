using FandomBot.Discord.Models;
using FandomBot.Discord.Fake.Rest;
using Xunit;

namespace FandomBot.Discord.Tests.Rest;

public sealed class RestCallTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gets_the_gateway_url_shards_and_session_start_limit()
    {
        await using var h = await RestHarness.StartAsync();
        h.Rest.GatewayBot.Shards = 3;
        h.Rest.GatewayBot.SessionStartRemaining = 7;
        h.Rest.GatewayBot.MaxConcurrency = 2;

        var info = (await h.Client.GetGatewayBotAsync(Ct)).GetValueOrThrow();

        Assert.Equal(h.Server.Gateway.PublicUrl.AbsoluteUri.TrimEnd('/'), info.Url.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(3, info.Shards);
        Assert.Equal(new SessionStartLimit { Total = 1000, Remaining = 7, ResetAfter = 86_400_000, MaxConcurrency = 2 }, info.SessionStartLimit);
    }

    [Fact]
    public async Task Gets_the_current_user_and_application()
    {
        await using var h = await RestHarness.StartAsync();

        var user = (await h.Client.GetCurrentUserAsync(Ct)).GetValueOrThrow();
        var app = (await h.Client.GetCurrentApplicationAsync(Ct)).GetValueOrThrow();

        Assert.Equal(new Snowflake(h.Rest.BotUserId), user.Id);
        Assert.True(user.IsBot);
        Assert.Equal(new Snowflake(h.Rest.ApplicationId), app.Id);
    }

    [Fact]
    public async Task Creates_a_message_and_reads_back_Discords_answer()
    {
        await using var h = await RestHarness.StartAsync();

        var message = (await h.Client.CreateMessageAsync(new Snowflake(42), OutgoingMessage.FromText("hello").AsReplyTo(new Snowflake(7)), Ct)).GetValueOrThrow();

        Assert.Equal(new Snowflake(42), message.ChannelId);
        Assert.Equal("hello", message.Content);
        Assert.Equal(MessageType.Reply, message.Type);
        Assert.Equal(new Snowflake(7), message.MessageReference!.MessageId);
        var sent = h.Rest.RequestsTo(FakeRoutes.CreateMessage).Single();
        Assert.Equal("/api/v10/channels/42/messages", sent.Path);
        Assert.False(sent.Body!["message_reference"]!["fail_if_not_exists"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Opens_a_dm_channel()
    {
        await using var h = await RestHarness.StartAsync();

        var channel = (await h.Client.CreateDmChannelAsync(new Snowflake(555), Ct)).GetValueOrThrow();

        Assert.Equal(ChannelType.DirectMessage, channel.Type);
        Assert.Equal("555", h.Rest.RequestsTo(FakeRoutes.CreateDmChannel).Single().Body!["recipient_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Overwrites_global_and_guild_commands()
    {
        await using var h = await RestHarness.StartAsync();
        var app = new Snowflake(h.Rest.ApplicationId);
        var definition = new ApplicationCommandDefinition { Name = "quote", Description = "Find a sourced quote" };

        var global = (await h.Client.BulkOverwriteGlobalCommandsAsync(app, [definition], Ct)).GetValueOrThrow();
        var guild = (await h.Client.BulkOverwriteGuildCommandsAsync(app, new Snowflake(9), [definition], Ct)).GetValueOrThrow();

        Assert.Equal("quote", Assert.Single(global).Name);
        Assert.Equal(new Snowflake(9), Assert.Single(guild).GuildId);
        Assert.Equal($"/api/v10/applications/{app}/guilds/9/commands", h.Rest.RequestsTo(FakeRoutes.BulkOverwriteGuildCommands).Single().Path);
    }
}
