using System.Text.Json.Serialization;

namespace FandomBot.Core.Tests.Detection.Generalisation;

/// <summary>One line of the generalisation corpus (<c>corpus/README.md</c>).</summary>
internal sealed record LabelledLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("context")] IReadOnlyList<string>? Context,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("about")] string About,
    [property: JsonPropertyName("people")] IReadOnlyList<string>? People,
    [property: JsonPropertyName("pair")] string? Pair)
{
    public bool IsRemind => Label == "remind";

    public IReadOnlyList<string> ContextOrEmpty => Context ?? [];
}
