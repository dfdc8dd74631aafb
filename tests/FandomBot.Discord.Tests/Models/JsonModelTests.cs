using System.Text.Json;
using System.Text.Json.Nodes;
using FandomBot.Discord.Models;
using Xunit;

namespace FandomBot.Discord.Tests.Models;

public sealed class JsonModelTests
{
    [Fact]
    public void Snowflakes_read_from_strings_and_numbers_and_write_as_strings()
    {
        var fromString = JsonSerializer.Deserialize("\"175928847299117063\"", DiscordJsonContext.Default.Snowflake);
        var fromNumber = JsonSerializer.Deserialize("175928847299117063", DiscordJsonContext.Default.Snowflake);

        Assert.Equal(new Snowflake(175928847299117063), fromString);
        Assert.Equal(fromString, fromNumber);
        Assert.Equal("\"175928847299117063\"", JsonSerializer.Serialize(fromString, DiscordJsonContext.Default.Snowflake));
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), fromString.Timestamp);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"abc\"", DiscordJsonContext.Default.Snowflake));
    }

    [Fact]
    public void Reads_a_message_create_payload()
    {
        const string json = """
            {"id":"1001","channel_id":"2002","guild_id":"3003","author":{"id":"4004","username":"fan","discriminator":"0","global_name":"Fan"},
             "member":{"roles":["5005"],"joined_at":"2024-01-01T00:00:00.000000+00:00","nick":null},
             "content":"I think she is secretly dating him","mentions":[{"id":"6006","username":"other"}],"mention_roles":[],
             "mention_everyone":false,"timestamp":"2026-11-23T12:00:00.123000+00:00","edited_timestamp":null,"type":19,
             "message_reference":{"message_id":"7007","channel_id":"2002","guild_id":"3003"},"webhook_id":null,"embeds":[],"flags":0,
             "tts":false,"attachments":[],"pinned":false,"nonce":"123","some_future_field":{"x":1}}
            """;

        var message = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Message)!;

        Assert.Equal(new Snowflake(1001), message.Id);
        Assert.Equal(new Snowflake(3003), message.GuildId);
        Assert.Equal("fan", message.Author.Username);
        Assert.Equal([new Snowflake(5005)], message.Member!.Roles);
        Assert.Equal(new Snowflake(6006), Assert.Single(message.Mentions).Id);
        Assert.Equal(new Snowflake(7007), message.MessageReference!.MessageId);
        Assert.Equal(MessageType.Reply, message.Type);
        Assert.False(message.IsFromWebhook);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 0, 0, 123, TimeSpan.Zero), message.Timestamp);
        Assert.DoesNotContain("dating", message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_autocomplete_interaction_with_member_permissions_and_nested_options()
    {
        const string json = """
            {"id":"1","application_id":"2","type":4,"token":"secret-token","version":1,"guild_id":"3","channel_id":"4",
             "locale":"de","guild_locale":"en-US","app_permissions":"2251799813685247",
             "member":{"user":{"id":"5","username":"mod"},"roles":[],"permissions":"8","joined_at":"2024-01-01T00:00:00+00:00"},
             "data":{"id":"6","name":"settings","type":1,"options":[{"name":"reminders","type":2,"options":[
                {"name":"set","type":1,"options":[{"name":"fandom","type":3,"value":"Star Tr","focused":true},{"name":"level","type":4,"value":2}]}]}]}}
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, interaction.Type);
        Assert.Equal(Permissions.Administrator, interaction.Member!.Permissions);
        Assert.True(interaction.AppPermissions!.Value.HasFlag(Permissions.SendMessages));
        Assert.Equal("de", interaction.Locale);
        Assert.Equal("mod", interaction.Invoker!.Username);
        var set = interaction.Data!.Options![0].Options![0];
        Assert.Equal(ApplicationCommandOptionType.SubCommand, set.Type);
        var focused = Assert.Single(set.Options!, o => o.Focused == true);
        Assert.Equal("Star Tr", focused.ValueAsString());
        Assert.Equal("2", set.Options![1].ValueAsString());
        Assert.DoesNotContain("secret-token", interaction.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_button_interaction_in_a_dm()
    {
        const string json = """
            {"id":"1","application_id":"2","type":3,"token":"t","version":1,"channel_id":"4","user":{"id":"5","username":"fan"},
             "data":{"custom_id":"reminder:dismiss:42","component_type":2},"message":{"id":"9","channel_id":"4","author":{"id":"2","username":"bot"},
             "content":"","timestamp":"2026-11-23T12:00:00+00:00","type":0}}
            """;

        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal("reminder:dismiss:42", interaction.Data!.CustomId);
        Assert.Equal(ComponentType.Button, interaction.Data.ComponentType);
        Assert.Null(interaction.GuildId);
        Assert.Equal("fan", interaction.Invoker!.Username);
        Assert.Equal(new Snowflake(9), interaction.Message!.Id);
    }

    [Fact]
    public void Writes_command_definitions_as_discord_expects()
    {
        var definition = new ApplicationCommandDefinition
        {
            Name = "settings",
            Description = "Bot settings",
            NameLocalizations = new Dictionary<string, string> { ["de"] = "einstellungen" },
            DefaultMemberPermissions = Permissions.ManageGuild,
            Contexts = [InteractionContextType.Guild],
            IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
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
                            Choices = [ApplicationCommandOptionChoice.FromString("Gentle", "gentle"), ApplicationCommandOptionChoice.FromString("Off", "off")],
                        },
                    ],
                },
            ],
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(definition, DiscordJsonContext.Default.ApplicationCommandDefinition))!;

        Assert.Equal(32, json["default_member_permissions"]!.GetValue<long>());
        Assert.Equal(0, json["contexts"]![0]!.GetValue<int>());
        Assert.Equal("einstellungen", json["name_localizations"]!["de"]!.GetValue<string>());
        Assert.Equal("gentle", json["options"]![0]!["options"]![0]!["choices"]![0]!["value"]!.GetValue<string>());
        Assert.Null(json["type"]);
        Assert.Null(json["nsfw"]);
    }

    [Fact]
    public void Writes_buttons_with_their_component_types_and_permissions_as_strings()
    {
        var message = new OutgoingMessage
        {
            Content = "hi",
            Components = [new ActionRow { Components = [new Button { Style = ButtonStyle.Primary, Label = "More", CustomId = "quote:more" }] }],
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(message, DiscordJsonContext.Default.OutgoingMessage))!;

        Assert.Equal(1, json["components"]![0]!["type"]!.GetValue<int>());
        Assert.Equal(2, json["components"]![0]!["components"]![0]!["type"]!.GetValue<int>());
        Assert.Equal("quote:more", json["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>());
        Assert.Null(json["is_ephemeral"]);
        Assert.Equal("\"8\"", JsonSerializer.Serialize(new GuildMember { Permissions = Permissions.Administrator }, DiscordJsonContext.Default.GuildMember)
            .Split("\"permissions\":")[1].TrimEnd('}'));
    }
}
