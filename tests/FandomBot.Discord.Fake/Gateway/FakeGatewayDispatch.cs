using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>A dispatch in a session's history, replayed on RESUME.</summary>
/// <param name="Sequence">Its <c>s</c>.</param>
/// <param name="EventName">Its <c>t</c>.</param>
/// <param name="Data">Its <c>d</c>.</param>
public sealed record FakeGatewayDispatch(long Sequence, string EventName, JsonNode? Data)
{
    /// <summary>The payload text.</summary>
    public string ToJson() => new JsonObject
    {
        ["op"] = 0,
        ["s"] = Sequence,
        ["t"] = EventName,
        ["d"] = Data?.DeepClone(),
    }.ToJsonString();
}
