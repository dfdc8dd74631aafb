namespace FandomBot.Storage;

/// <summary>A guild's cached settings changed, by this process or (seen on refresh) by another one.</summary>
public sealed class GuildSettingsChangedEventArgs(GuildSettings settings) : EventArgs
{
    /// <summary>The guild's settings after the change.</summary>
    public GuildSettings Settings { get; } = settings;
}
