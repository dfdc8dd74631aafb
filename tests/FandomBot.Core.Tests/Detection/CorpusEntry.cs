using System.Text.Json.Serialization;

namespace FandomBot.Core.Tests.Detection;

/// <summary>One labelled corpus line (see Corpus/README.md).</summary>
internal sealed record CorpusEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("context")] IReadOnlyList<string>? Context,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("person_in_pack")] bool? PersonInPack,
    [property: JsonPropertyName("note")] string? Note)
{
    public bool IsRemind => Label == "remind";
}
