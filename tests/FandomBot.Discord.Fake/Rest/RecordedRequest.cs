using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Rest;

/// <summary>One request the fake REST API received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent, for example <c>/api/v10/channels/1/messages</c>.</param>
/// <param name="Route">The route key: method and template, for example <c>POST /channels/{channel_id}/messages</c>.</param>
/// <param name="Headers">The request headers (names case-insensitive).</param>
/// <param name="Body">The JSON body, if any.</param>
/// <param name="ReceivedAt">When it arrived, on the server's <see cref="TimeProvider"/>.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Route,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
