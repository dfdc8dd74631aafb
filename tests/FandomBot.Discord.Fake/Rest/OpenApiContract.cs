using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace FandomBot.Discord.Fake.Rest;

/// <summary>
/// Discord's official OpenAPI description as JSON schemas of request bodies, keyed by route
/// ("POST /channels/{channel_id}/messages"). Holds the client to Discord's published contract, not to our own fake.
/// Loaded once per process: the document is over a megabyte. It is not part of the repository (someone who clones the
/// project has no <c>../shared</c>), so it is optional: without it the fake Discord still works and only the contract
/// checks are off, except under <c>CI=true</c>, where its absence is a failure.
/// </summary>
public sealed partial class OpenApiContract
{
    /// <summary>The environment variable naming the document's path.</summary>
    public const string PathVariable = "FANDOMBOT_DISCORD_OPENAPI";

    private static readonly Lazy<Task<OpenApiContract?>> Shared = new(() => TryLoadAsync(FindDocument()));

    private readonly Dictionary<string, JsonSchema> _requestSchemas;

    private OpenApiContract(Dictionary<string, JsonSchema> requestSchemas) => _requestSchemas = requestSchemas;

    /// <summary>
    /// Whether the document must be present: under <c>CI=true</c>, as for the PostgreSQL and container tests, a
    /// missing contract fails rather than silently checking nothing.
    /// </summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the contract checks are off, for skip and failure messages.</summary>
    public static string AbsenceReason =>
        $"Discord's OpenAPI description is not at {FindDocument()}: set {PathVariable} to its path "
        + "(by default ../shared/discord/openapi.json beside the repository root).";

    /// <summary>The routes that have a JSON request body schema.</summary>
    public IReadOnlyCollection<string> Routes => _requestSchemas.Keys;

    /// <summary>The process-wide contract, loaded on first use; null when the document is absent.</summary>
    public static Task<OpenApiContract?> TryGetAsync() => Shared.Value;

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

    private static async Task<OpenApiContract?> TryLoadAsync(string openApiPath) =>
        File.Exists(openApiPath) ? await LoadAsync(openApiPath).ConfigureAwait(false) : null;

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
    /// Where the document is looked for: where <c>FANDOMBOT_DISCORD_OPENAPI</c> points, else
    /// <c>../shared/discord/openapi.json</c> beside the repository root (the folder holding FandomBot.sln). The file
    /// need not exist.
    /// </summary>
    public static string FindDocument()
    {
        var overridden = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(overridden))
        {
            return Path.GetFullPath(overridden);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FandomBot.sln")))
        {
            dir = dir.Parent;
        }

        // Outside a checkout (no FandomBot.sln above the binaries) look beside the working directory instead.
        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "discord", "openapi.json"));
    }

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWordCharacters();
}
