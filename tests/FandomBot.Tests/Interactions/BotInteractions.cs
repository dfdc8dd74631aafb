using System.Globalization;
using System.Text.Json.Nodes;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Tests.Harness;
using Xunit;

namespace FandomBot.Tests.Interactions;

/// <summary>Drives the bot with interactions through the fake gateway and reads its answers off the fake REST API.</summary>
internal static class BotInteractions
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>Sends the interaction and returns the bot's first answer to it (the callback).</summary>
    public static async Task<InteractionAnswer> InteractAsync(this BotTestHost bot, FakeInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(interaction);
        await interaction.SendAsync(bot.Discord.Gateway);
        var path = $"/interactions/{interaction.Id.ToString(CultureInfo.InvariantCulture)}/";
        var request = await bot.Discord.Rest.WaitForRequestAsync(
            r => r.Route == FakeRoutes.InteractionCallback && r.Path.Contains(path, StringComparison.Ordinal),
            Patience, TestContext.Current.CancellationToken);
        var body = (JsonObject)request.Body!;
        return new InteractionAnswer(body["type"]!.GetValue<int>(), body["data"] as JsonObject ?? []);
    }

    /// <summary>
    /// Nothing the bot sent may mention anyone, and every body must match Discord's OpenAPI description: each message
    /// body carries <c>allowed_mentions.parse == []</c> and names no users or roles.
    /// </summary>
    public static void AssertNothingMentionsAnyoneAndNoContractViolations(this BotTestHost bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        Assert.Empty(bot.Discord.Rest.ContractViolations);
        var messages = 0;
        foreach (var request in bot.Discord.Rest.Requests)
        {
            if (MessageBody(request) is not { } message)
            {
                continue;
            }

            messages++;
            var allowed = Assert.IsType<JsonObject>(message["allowed_mentions"], exactMatch: false);
            Assert.Empty(Assert.IsType<JsonArray>(allowed["parse"], exactMatch: false));
            Assert.True(allowed["users"] is null || allowed["users"]!.AsArray().Count == 0);
            Assert.True(allowed["roles"] is null || allowed["roles"]!.AsArray().Count == 0);
        }

        Assert.True(messages > 0, "The bot sent no message at all.");
    }

    private static JsonObject? MessageBody(RecordedRequest request) => request.Route switch
    {
        FakeRoutes.InteractionCallback when request.Body?["type"]?.GetValue<int>() is 4 or 7 => request.Body["data"] as JsonObject,
        FakeRoutes.CreateMessage or FakeRoutes.EditMessage or FakeRoutes.EditOriginalResponse or FakeRoutes.CreateFollowup => request.Body as JsonObject,
        _ => null,
    };
}
