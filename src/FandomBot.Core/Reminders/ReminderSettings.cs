namespace FandomBot.Core.Reminders;

/// <summary>A guild's reminder settings as the policy needs them (the store maps its rows to this).</summary>
public sealed record ReminderSettings
{
    /// <summary>The defaults out of the box: on, every channel, a reply, ten minutes' cooldown.</summary>
    public static readonly ReminderSettings Default = new();

    public bool Enabled { get; init; } = true;

    public ReminderScope Scope { get; init; } = ReminderScope.All;

    public IReadOnlySet<ulong> ListedChannels { get; init; } = new HashSet<ulong>();

    public ReminderDelivery Delivery { get; init; } = ReminderDelivery.Reply;

    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(10);

    public ulong? LogChannel { get; init; }

    public IReadOnlySet<ulong> ExemptRoles { get; init; } = new HashSet<ulong>();
}
