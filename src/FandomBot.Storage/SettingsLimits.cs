namespace FandomBot.Storage;

/// <summary>Defaults and limits of a guild's settings. The store enforces every limit before touching the database.</summary>
public static class SettingsLimits
{
    /// <summary>Per-member cooldown between reminders when a guild has not chosen one.</summary>
    public const int DefaultCooldownMinutes = 10;

    /// <summary>Smallest cooldown: 0 means no cooldown.</summary>
    public const int MinCooldownMinutes = 0;

    /// <summary>Largest cooldown: one day.</summary>
    public const int MaxCooldownMinutes = 1440;

    /// <summary>Longest person name or alias, in characters (Unicode scalar values).</summary>
    public const int MaxNameLength = 100;

    /// <summary>Most aliases one person may have.</summary>
    public const int MaxAliasesPerPerson = 20;

    /// <summary>Most people one guild may add.</summary>
    public const int MaxPeoplePerGuild = 2000;

    /// <summary>Most listed channels: Discord allows 500 channels in a guild.</summary>
    public const int MaxListedChannels = 500;

    /// <summary>Most exempt roles: Discord allows 250 roles in a guild.</summary>
    public const int MaxExemptRoles = 250;

    /// <summary>Longest fandom pack id.</summary>
    public const int MaxPackIdLength = 100;
}
