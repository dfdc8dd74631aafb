using System.Collections.Immutable;

namespace FandomBot.Storage;

/// <summary>
/// Everything a guild's moderators chose, as one immutable snapshot. A guild nobody configured has the defaults:
/// reminders on, scope all, delivery reply, cooldown 10 minutes, no mod-log, every built-in pack on.
/// Holds no message content and no member ids: exempt roles are role ids.
/// </summary>
public sealed record GuildSettings
{
    /// <summary>The guild these settings belong to.</summary>
    public required ulong GuildId { get; init; }

    /// <summary>Whether the reminder pipeline runs in this guild.</summary>
    public bool RemindersEnabled { get; init; } = true;

    /// <summary>All channels, or only <see cref="ListedChannelIds"/>.</summary>
    public ReminderScope Scope { get; init; } = ReminderScope.All;

    /// <summary>The channels watched when <see cref="Scope"/> is <see cref="ReminderScope.Listed"/>.</summary>
    public ImmutableSortedSet<ulong> ListedChannelIds { get; init; } = [];

    /// <summary>How reminders are delivered.</summary>
    public ReminderDelivery Delivery { get; init; } = ReminderDelivery.Reply;

    /// <summary>Per-member cooldown between reminders, in minutes, within <see cref="SettingsLimits"/>.</summary>
    public int CooldownMinutes { get; init; } = SettingsLimits.DefaultCooldownMinutes;

    /// <summary>The mod-log channel, or null when mod-log lines are off.</summary>
    public ulong? ModLogChannelId { get; init; }

    /// <summary>Roles whose members never get reminders.</summary>
    public ImmutableSortedSet<ulong> ExemptRoleIds { get; init; } = [];

    /// <summary>The guild's own people, ordered by name ignoring case.</summary>
    public ImmutableArray<GuildPerson> People { get; init; } = [];

    /// <summary>Built-in fandom packs switched off; every other pack is on.</summary>
    public ImmutableSortedSet<string> DisabledPackIds { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>
    /// The store revision of the guild's last change; 0 for a guild that was never changed (or was forgotten).
    /// Only meaningful for comparing two snapshots of the same guild.
    /// </summary>
    public long Version { get; init; }

    /// <summary>The settings of a guild nobody configured.</summary>
    public static GuildSettings Defaults(ulong guildId) => new() { GuildId = guildId };

    /// <summary>True when the reminder pipeline should look at messages in <paramref name="channelId"/>.</summary>
    public bool IsChannelInScope(ulong channelId) => Scope == ReminderScope.All || ListedChannelIds.Contains(channelId);

    /// <summary>True when the built-in pack <paramref name="packId"/> is on in this guild.</summary>
    public bool IsPackEnabled(string packId) => !DisabledPackIds.Contains(packId);

    /// <summary>True when any of a member's roles is exempt.</summary>
    public bool HasExemptRole(IEnumerable<ulong> memberRoleIds)
    {
        ArgumentNullException.ThrowIfNull(memberRoleIds);
        return memberRoleIds.Any(ExemptRoleIds.Contains);
    }

    /// <summary>The person whose name or alias is <paramref name="name"/> (ignoring case), or null.</summary>
    public GuildPerson? FindPerson(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var person in People)
        {
            if (person.IsNamed(name))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>True when both snapshots hold the same settings (collections compared by content, version ignored).</summary>
    public bool HasSameSettingsAs(GuildSettings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return GuildId == other.GuildId
            && RemindersEnabled == other.RemindersEnabled
            && Scope == other.Scope
            && ListedChannelIds.SetEquals(other.ListedChannelIds)
            && Delivery == other.Delivery
            && CooldownMinutes == other.CooldownMinutes
            && ModLogChannelId == other.ModLogChannelId
            && ExemptRoleIds.SetEquals(other.ExemptRoleIds)
            && People.SequenceEqual(other.People)
            && DisabledPackIds.SetEquals(other.DisabledPackIds);
    }
}
