using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Models;
using FandomBot.Discord.Tests.Rest;
using Xunit;

namespace FandomBot.Discord.Tests.Contract;

/// <summary>Holds every body the client sends to Discord's own OpenAPI description, not to our fake.</summary>
public sealed class OpenApiContractTests
{
    private static readonly Snowflake Channel = new(111);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_validator_catches_bodies_that_break_the_schema()
    {
        var contract = await RequiredContract.GetAsync();

        Assert.Empty(contract.Validate(FakeRoutes.CreateMessage, """{"content":"hi","allowed_mentions":{"parse":[]}}"""));
        Assert.NotEmpty(contract.Validate(FakeRoutes.CreateMessage, """{"content":123}"""));
        Assert.NotEmpty(contract.Validate(FakeRoutes.CreateMessage, """{"allowed_mentions":{"parse":["nobody"]}}"""));
        Assert.NotEmpty(contract.Validate(FakeRoutes.InteractionCallback, """{"type":4,"data":{"content":"x","flags":"64"}}"""));
        Assert.NotEmpty(contract.Validate("POST /not/a/discord/route", "{}"));
        Assert.Contains(FakeRoutes.BulkOverwriteGuildCommands, contract.Routes);
    }

    [Fact]
    public async Task The_fake_records_a_violation_for_a_bad_body()
    {
        await RequiredContract.GetAsync();
        await using var h = await RestHarness.StartAsync();
        h.ExpectContractViolations = true;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, h.Server.ApiBaseUrl + "/channels/1/messages");
        request.Headers.TryAddWithoutValidation("Authorization", "Bot x");
        request.Content = new StringContent("""{"content": 5}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request, Ct);

        var violation = Assert.Single(h.Rest.ContractViolations);
        Assert.Equal(FakeRoutes.CreateMessage, violation.Route);
    }

    [Fact]
    public async Task Every_body_the_client_sends_matches_Discords_OpenAPI_description()
    {
        await RequiredContract.GetAsync();
        await using var h = await RestHarness.StartAsync();
        var app = new Snowflake(h.Rest.ApplicationId);
        var rich = new OutgoingMessage
        {
            Content = "A sourced quote",
            Embeds =
            [
                new Embed
                {
                    Title = "Quote",
                    Description = "Something they said",
                    Url = new Uri("https://example.org/source"),
                    Color = 0x5865F2,
                    Timestamp = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
                    Footer = new EmbedFooter { Text = "Source: interview, 2021" },
                    Author = new EmbedAuthor { Name = "FandomBot", Url = new Uri("https://example.org") },
                    Fields = [new EmbedField { Name = "Where", Value = "Magazine", Inline = true }],
                },
            ],
            Components =
            [
                new ActionRow
                {
                    Components =
                    [
                        new Button { Style = ButtonStyle.Primary, Label = "Another", CustomId = "quote:more", Emoji = new PartialEmoji { Name = "🔁" } },
                        new Button { Style = ButtonStyle.Link, Label = "Source", Url = new Uri("https://example.org/source") },
                        new Button { Style = ButtonStyle.Secondary, Label = "Done", CustomId = "quote:done", Disabled = true },
                    ],
                },
            ],
            Flags = MessageFlags.SuppressNotifications,
        }.PingingUsers(new Snowflake(123)).AsReplyTo(new Snowflake(77));
        var commands = new[]
        {
            new ApplicationCommandDefinition
            {
                Name = "quote",
                Description = "Find a sourced quote",
                NameLocalizations = new Dictionary<string, string> { ["de"] = "zitat" },
                DescriptionLocalizations = new Dictionary<string, string> { ["de"] = "Ein belegtes Zitat finden" },
                Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
                IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
                Options =
                [
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "person", Description = "Who", Required = true, Autocomplete = true },
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.Integer, Name = "count", Description = "How many", MinValue = 1, MaxValue = 5 },
                ],
            },
            new ApplicationCommandDefinition
            {
                Name = "settings",
                Description = "Server settings",
                DefaultMemberPermissions = Permissions.ManageGuild,
                Contexts = [InteractionContextType.Guild],
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.SubCommandGroup,
                        Name = "reminders",
                        Description = "Reminders",
                        Options =
                        [
                            new ApplicationCommandOption
                            {
                                Type = ApplicationCommandOptionType.SubCommand,
                                Name = "level",
                                Description = "How often",
                                Options =
                                [
                                    new ApplicationCommandOption
                                    {
                                        Type = ApplicationCommandOptionType.String,
                                        Name = "value",
                                        Description = "Level",
                                        Required = true,
                                        Choices = [ApplicationCommandOptionChoice.FromString("Gentle", "gentle"), ApplicationCommandOptionChoice.FromString("Off", "off")],
                                    },
                                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.Channel, Name = "channel", Description = "Where", ChannelTypes = [ChannelType.GuildText] },
                                ],
                            },
                        ],
                    },
                ],
            },
            new ApplicationCommandDefinition { Name = "Report speculation", Type = ApplicationCommandType.Message, Contexts = [InteractionContextType.Guild] },
        };

        await h.Client.CreateMessageAsync(Channel, rich, Ct);
        await h.Client.EditMessageAsync(Channel, new Snowflake(5), rich, Ct);
        await h.Client.CreateDmChannelAsync(new Snowflake(555), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(1), "t1", InteractionResponse.Message(rich.AsEphemeral()), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(2), "t2", InteractionResponse.DeferMessage(ephemeral: true), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(3), "t3", InteractionResponse.DeferMessage(ephemeral: false), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(4), "t4", InteractionResponse.DeferUpdate(), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(5), "t5", InteractionResponse.UpdateMessage(rich), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(6), "t6", InteractionResponse.Autocomplete(
            [ApplicationCommandOptionChoice.FromString("Star Trek", "star-trek"), ApplicationCommandOptionChoice.FromString("Stargate", "stargate")]), Ct);
        await h.Client.CreateInteractionResponseAsync(new Snowflake(7), "t7", InteractionResponse.Autocomplete(
            [ApplicationCommandOptionChoice.FromInteger("One", 1)]), Ct);
        await h.Client.EditOriginalInteractionResponseAsync(app, "t2", rich, Ct);
        await h.Client.CreateFollowupMessageAsync(app, "t2", rich.AsEphemeral(), Ct);
        await h.Client.BulkOverwriteGlobalCommandsAsync(app, commands, Ct);
        await h.Client.BulkOverwriteGuildCommandsAsync(app, new Snowflake(9), commands, Ct);

        Assert.Equal(14, h.Rest.Requests.Count(r => r.Body is not null));
        Assert.Empty(h.Rest.ContractViolations);
    }
}
