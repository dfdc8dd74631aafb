using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace FandomBot.Discord.Fake.Rest;

/// <summary>
/// Discord's official OpenAPI description (<c>shared/discord/openapi.json</c> beside the repository) as JSON schemas of
/// request bodies, keyed by route ("POST /channels/{channel_id}/messages"). Holds the client to Discord's published
/// contract, not to our own fake. Loaded once per process: the document is over a megabyte.
/// </summary>
public sealed partial class OpenApiContract
{
    private static readonly Lazy<Task<OpenApiContract>> Shared = new(() => LoadAsync(FindDocument()));

    private readonly Dictionary<string, JsonSchema> _requestSchemas;

    private OpenApiContract(Dictionary<string, JsonSchema> requestSchemas) => _requestSchemas = requestSchemas;

    /// <summary>The routes that have a JSON request body schema.</summary>
    public IReadOnlyCollection<string> Routes => _requestSchemas.Keys;

    /// <summary>The process-wide contract, loaded on first use.</summary>
    public static Task<OpenApiContract> GetAsync() => Shared.Value;

    /// <summary>
    /// The schema errors of <paramref name="body"/> for <paramref name="route"/>; empty when valid. A route without a
    /// schema in Discord's description is itself a violation: the client would be calling something undocumented.
    /// </summary>
    public IReadOnlyList<string> Validate(string route, string body)
    {
        if (!_requestSchemas.TryGetValue(route, out var schema))
        {
            return [$"Discord's OpenAPI description has no JSON request body for {route}."];
        }

        return [.. schema.Validate(body).Select(error => error.ToString())];
    }

    /// <summary>Loads the contract from an OpenAPI document.</summary>
    public static async Task<OpenApiContract> LoadAsync(string openApiPath)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(openApiPath).ConfigureAwait(false))!.AsObject();
        var definitions = document["components"]!["schemas"]!.DeepClone().AsObject();
        var routeByDefinition = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                // Path items also hold shared "parameters" (an array) beside the operations.
                if (operation is not JsonObject || operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
                {
                    continue;
                }

                var route = $"{method.ToUpperInvariant()} {path}";
                var name = "Request_" + NonWordCharacters().Replace(route, "_");
                definitions[name] = schema.DeepClone();
                routeByDefinition[name] = route;
            }
        }

        ReplaceConstWithEnum(definitions);

        // NJsonSchema resolves references only under #/definitions, so the OpenAPI component schemas move there.
        var text = new JsonObject { ["definitions"] = definitions }.ToJsonString()
            .Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var root = await JsonSchema.FromJsonAsync(text).ConfigureAwait(false);
        var schemas = routeByDefinition.ToDictionary(pair => pair.Value, pair => root.Definitions[pair.Key], StringComparer.Ordinal);
        return new OpenApiContract(schemas);
    }

    /// <summary>
    /// NJsonSchema predates <c>const</c> (JSON Schema draft 6) and ignores it, so Discord's enumerations — a oneOf of
    /// consts — would accept nothing (every branch matches). A one-value <c>enum</c> means the same and is understood.
    /// </summary>
    private static void ReplaceConstWithEnum(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.Remove("const", out var value))
                {
                    obj["enum"] = new JsonArray(value);
                }

                foreach (var (_, child) in obj.ToList())
                {
                    ReplaceConstWithEnum(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    ReplaceConstWithEnum(child);
                }

                break;
        }
    }

    /// <summary>
    /// Finds <c>shared/discord/openapi.json</c>: beside the repository root (the folder holding FandomBot.sln), or
    /// where <c>FANDOMBOT_DISCORD_OPENAPI</c> points.
    /// </summary>
    public static string FindDocument()
    {
        var overridden = Environment.GetEnvironmentVariable("FANDOMBOT_DISCORD_OPENAPI");
        if (!string.IsNullOrEmpty(overridden))
        {
            return overridden;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FandomBot.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "discord", "openapi.json"));
                return File.Exists(path) ? path : throw new FileNotFoundException($"Discord's OpenAPI description is not at {path}.", path);
            }
        }

        throw new FileNotFoundException($"No FandomBot.sln above {AppContext.BaseDirectory}, so Discord's OpenAPI description cannot be found.");
    }

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWordCharacters();
}
