using System.Text.Json;

namespace FandomBot.Discord.Models;

/// <summary>A choice of a command option, or one autocomplete suggestion. The value is a string, integer or number.</summary>
public sealed record ApplicationCommandOptionChoice
{
    /// <summary>What the user sees (1–100 characters).</summary>
    public string Name { get; init; } = "";

    /// <summary>Names per locale.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>The value the interaction carries back.</summary>
    public JsonElement Value { get; init; }

    /// <summary>A choice whose value is text (at most 100 characters).</summary>
    public static ApplicationCommandOptionChoice FromString(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String) };

    /// <summary>A choice whose value is a whole number.</summary>
    public static ApplicationCommandOptionChoice FromInteger(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64) };

    /// <summary>A choice whose value is a floating-point number.</summary>
    public static ApplicationCommandOptionChoice FromNumber(string name, double value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double) };

    /// <summary>The value as invariant text.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ValueText => Value.ValueKind == JsonValueKind.String
        ? Value.GetString() ?? ""
        : Value.GetRawText();
}
