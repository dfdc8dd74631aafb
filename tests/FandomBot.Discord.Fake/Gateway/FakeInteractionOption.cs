using System.Globalization;
using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>
/// One option of a fake slash command or autocomplete request, in Discord's wire shape
/// (<c>{name, type, value, focused}</c>, or <c>{name, type, options}</c> for subcommands and groups).
/// </summary>
/// <param name="Name">The option's name.</param>
/// <param name="Type">Discord's option type: 1 subcommand, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number.</param>
/// <param name="Value">The value as it goes on the wire, or null for subcommands and groups.</param>
/// <param name="Focused">In autocomplete, the option the user is typing.</param>
/// <param name="Options">The options of a subcommand or group.</param>
public sealed record FakeInteractionOption(string Name, int Type, JsonNode? Value, bool Focused, IReadOnlyList<FakeInteractionOption> Options)
{
    /// <summary>A string option.</summary>
    public static FakeInteractionOption Text(string name, string value, bool focused = false) =>
        new(name, 3, JsonValue.Create(value), focused, []);

    /// <summary>An integer option.</summary>
    public static FakeInteractionOption WholeNumber(string name, long value, bool focused = false) =>
        new(name, 4, JsonValue.Create(value), focused, []);

    /// <summary>A number option.</summary>
    public static FakeInteractionOption Number(string name, double value, bool focused = false) =>
        new(name, 10, JsonValue.Create(value), focused, []);

    /// <summary>A boolean option.</summary>
    public static FakeInteractionOption Boolean(string name, bool value) =>
        new(name, 5, JsonValue.Create(value), false, []);

    /// <summary>A user option (the value is the user's id as a string, as Discord sends it).</summary>
    public static FakeInteractionOption User(string name, ulong userId) =>
        new(name, 6, JsonValue.Create(Id(userId)), false, []);

    /// <summary>A channel option; pair it with <see cref="FakeInteraction.WithResolvedChannel"/> as Discord does.</summary>
    public static FakeInteractionOption Channel(string name, ulong channelId) =>
        new(name, 7, JsonValue.Create(Id(channelId)), false, []);

    /// <summary>A role option; pair it with <see cref="FakeInteraction.WithResolvedRole"/> as Discord does.</summary>
    public static FakeInteractionOption Role(string name, ulong roleId) =>
        new(name, 8, JsonValue.Create(Id(roleId)), false, []);

    /// <summary>A subcommand with its options.</summary>
    public static FakeInteractionOption Subcommand(string name, params FakeInteractionOption[] options) =>
        new(name, 1, null, false, options);

    /// <summary>A subcommand group holding one subcommand.</summary>
    public static FakeInteractionOption Group(string name, FakeInteractionOption subcommand) =>
        new(name, 2, null, false, [subcommand]);

    /// <summary>The option as Discord sends it.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name, ["type"] = Type };
        if (Value is not null)
        {
            json["value"] = Value.DeepClone();
        }

        if (Focused)
        {
            json["focused"] = true;
        }

        if (Type is 1 or 2)
        {
            json["options"] = new JsonArray([.. Options.Select(o => (JsonNode)o.ToJson())]);
        }

        return json;
    }

    internal static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
