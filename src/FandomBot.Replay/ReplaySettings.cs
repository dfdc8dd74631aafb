using FandomBot.Core.Reminders;

namespace FandomBot.Replay;

/// <summary>The guild settings a replay runs with: the policy's settings and the built-in packs switched off.</summary>
/// <param name="Reminders">Enabled, scope, listed channels, delivery, cooldown, log channel, exempt roles.</param>
/// <param name="DisabledPacks">Built-in packs the guild switched off.</param>
/// <param name="Source">The settings file, or null for the defaults of a new guild.</param>
internal sealed record ReplaySettings(ReminderSettings Reminders, IReadOnlySet<string> DisabledPacks, string? Source)
{
    public static readonly ReplaySettings Defaults = new(ReminderSettings.Default, new HashSet<string>(StringComparer.OrdinalIgnoreCase), null);
}
