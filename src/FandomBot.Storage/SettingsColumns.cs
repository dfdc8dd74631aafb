using System.Collections.Immutable;
using System.Text.Json;

namespace FandomBot.Storage;

/// <summary>How values are written in the database, the same for SQLite and PostgreSQL.</summary>
internal static class SettingsColumns
{
    // Discord snowflakes use 63 bits today; the unchecked casts round-trip all 64 anyway.
    public static long Id(ulong id) => unchecked((long)id);

    public static ulong Id(long value) => unchecked((ulong)value);

    public static string Text(ReminderScope scope) => scope switch
    {
        ReminderScope.All => "all",
        ReminderScope.Listed => "listed",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public static ReminderScope Scope(string text) => text switch
    {
        "all" => ReminderScope.All,
        "listed" => ReminderScope.Listed,
        _ => throw new InvalidDataException($"Unknown scope '{text}' in the settings database."),
    };

    public static string Text(ReminderDelivery delivery) => delivery switch
    {
        ReminderDelivery.Reply => "reply",
        ReminderDelivery.DirectMessage => "dm",
        ReminderDelivery.LogOnly => "log-only",
        _ => throw new ArgumentOutOfRangeException(nameof(delivery), delivery, null),
    };

    public static ReminderDelivery Delivery(string text) => text switch
    {
        "reply" => ReminderDelivery.Reply,
        "dm" => ReminderDelivery.DirectMessage,
        "log-only" => ReminderDelivery.LogOnly,
        _ => throw new InvalidDataException($"Unknown delivery '{text}' in the settings database."),
    };

    public static string Text(PersonKind kind) => kind switch
    {
        PersonKind.Real => "real",
        PersonKind.Fictional => "fictional",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static PersonKind Kind(string text) => text switch
    {
        "real" => PersonKind.Real,
        "fictional" => PersonKind.Fictional,
        _ => throw new InvalidDataException($"Unknown person kind '{text}' in the settings database."),
    };

    // A JSON array keeps the aliases in one column: they are only ever read and written with their person.
    public static string Aliases(ImmutableArray<string> aliases) => JsonSerializer.Serialize(aliases.ToArray(), StorageJsonContext.Default.StringArray);

    public static ImmutableArray<string> Aliases(string json) =>
        [.. JsonSerializer.Deserialize(json, StorageJsonContext.Default.StringArray) ?? throw new InvalidDataException("Null aliases in the settings database.")];
}
