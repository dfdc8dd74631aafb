using FandomBot.Discord.Models;
using Xunit;

namespace FandomBot.Discord.Tests.Models;

public sealed class MessageLimitsTests
{
    public static TheoryData<string, OutgoingMessage> Oversized => new()
    {
        { "content", OutgoingMessage.FromText(new string('a', 2001)) },
        { "embeds", OutgoingMessage.FromEmbeds([.. Enumerable.Repeat(new Embed { Title = "t" }, 11)]) },
        { "title", OutgoingMessage.FromEmbeds(new Embed { Title = new string('a', 257) }) },
        { "description", OutgoingMessage.FromEmbeds(new Embed { Description = new string('a', 4097) }) },
        { "fields", OutgoingMessage.FromEmbeds(new Embed { Fields = [.. Enumerable.Repeat(new EmbedField { Name = "n", Value = "v" }, 26)] }) },
        { "field name", OutgoingMessage.FromEmbeds(new Embed { Fields = [new EmbedField { Name = new string('a', 257), Value = "v" }] }) },
        { "field value", OutgoingMessage.FromEmbeds(new Embed { Fields = [new EmbedField { Name = "n", Value = new string('a', 1025) }] }) },
        { "footer", OutgoingMessage.FromEmbeds(new Embed { Footer = new EmbedFooter { Text = new string('a', 2049) } }) },
        { "author", OutgoingMessage.FromEmbeds(new Embed { Author = new EmbedAuthor { Name = new string('a', 257) } }) },
        { "total", OutgoingMessage.FromEmbeds(new Embed { Description = new string('a', 4000) }, new Embed { Description = new string('a', 2001) }) },
        { "rows", new OutgoingMessage { Components = [.. Enumerable.Repeat(Row(1), 6)] } },
        { "buttons", new OutgoingMessage { Components = [Row(6)] } },
        { "custom_id", new OutgoingMessage { Components = [new ActionRow { Components = [new Button { CustomId = new string('a', 101) }] }] } },
        { "link with custom_id", new OutgoingMessage { Components = [new ActionRow { Components = [new Button { Style = ButtonStyle.Link, CustomId = "x", Url = new Uri("https://example.org") }] }] } },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public void Rejects_each_limit_with_a_clear_message(string limit, OutgoingMessage message)
    {
        var e = Assert.Throws<MessageLimitException>(() => MessageLimits.Check(message));

        Assert.False(string.IsNullOrWhiteSpace(e.Message), limit);
    }

    [Fact]
    public void Accepts_a_message_exactly_at_the_limits()
    {
        var message = new OutgoingMessage
        {
            Content = new string('a', 2000),
            Embeds =
            [
                new Embed
                {
                    Title = new string('a', 256),
                    Description = new string('a', 4096),
                    Footer = new EmbedFooter { Text = new string('a', 1000) },
                    Fields = [new EmbedField { Name = new string('a', 256), Value = new string('a', 392) }],
                },
            ],
            Components = [.. Enumerable.Repeat(Row(5), 5)],
        };

        MessageLimits.Check(message);
        Assert.Equal(6000, 256 + 4096 + 1000 + 256 + 392);
    }

    [Fact]
    public void Rejects_more_than_25_autocomplete_choices() =>
        Assert.Throws<MessageLimitException>(() =>
            InteractionResponse.Autocomplete([.. Enumerable.Range(0, 26).Select(i => ApplicationCommandOptionChoice.FromInteger($"c{i}", i))]));

    private static ActionRow Row(int buttons) =>
        new() { Components = [.. Enumerable.Range(0, buttons).Select(i => new Button { CustomId = $"b{i}", Label = "b" })] };
}
