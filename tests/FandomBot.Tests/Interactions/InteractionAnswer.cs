using System.Text.Json.Nodes;

namespace FandomBot.Tests.Interactions;

/// <summary>The bot's first answer to one interaction, as recorded on the fake's callback route.</summary>
/// <param name="Type">The callback type: 4 message, 7 update the button's message, 8 autocomplete choices.</param>
/// <param name="Data">The callback's <c>data</c>.</param>
internal sealed record InteractionAnswer(int Type, JsonObject Data)
{
    public const int MessageFlagEphemeral = 64;

    public string Content => Data["content"]?.GetValue<string>() ?? "";

    public bool IsEphemeral => ((Data["flags"]?.GetValue<int>() ?? 0) & MessageFlagEphemeral) != 0;

    public JsonArray Embeds => Data["embeds"] as JsonArray ?? [];

    public JsonObject FirstEmbed => Embeds.Count > 0 ? (JsonObject)Embeds[0]! : throw new InvalidOperationException("The answer has no embed.");

    /// <summary>Every button of the answer, in order.</summary>
    public IReadOnlyList<JsonObject> Buttons =>
        [.. (Data["components"] as JsonArray ?? []).SelectMany(row => row!["components"] as JsonArray ?? []).Cast<JsonObject>()];

    /// <summary>The names of the autocomplete choices.</summary>
    public IReadOnlyList<string> ChoiceNames => [.. (Data["choices"] as JsonArray ?? []).Select(c => c!["name"]!.GetValue<string>())];

    /// <summary>The values of the autocomplete choices.</summary>
    public IReadOnlyList<string> ChoiceValues => [.. (Data["choices"] as JsonArray ?? []).Select(c => c!["value"]!.GetValue<string>())];

    /// <summary>All visible text: content, embed titles, descriptions, field names and values, footers.</summary>
    public string AllText => string.Join('\n', new[] { Content }.Concat(Embeds.SelectMany(embed => EmbedTexts((JsonObject)embed!))));

    private static IEnumerable<string> EmbedTexts(JsonObject embed)
    {
        yield return embed["title"]?.GetValue<string>() ?? "";
        yield return embed["description"]?.GetValue<string>() ?? "";
        foreach (var field in embed["fields"] as JsonArray ?? [])
        {
            yield return field!["name"]!.GetValue<string>();
            yield return field["value"]!.GetValue<string>();
        }

        yield return embed["footer"]?["text"]?.GetValue<string>() ?? "";
    }
}
