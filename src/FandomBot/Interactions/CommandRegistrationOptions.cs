namespace FandomBot.Interactions;

/// <summary>
/// Where the slash commands are registered (<c>Discord:CommandGuildId</c>): globally by default, or to one guild,
/// where changes show at once (global ones can take a while to reach every client): handy while testing.
/// </summary>
internal sealed class CommandRegistrationOptions
{
    public const string SectionName = "Discord";

    /// <summary>The guild to register to, as a Discord id; empty registers globally.</summary>
    public string? CommandGuildId { get; set; }

    /// <summary>The parsed guild id, or null for global registration (only meaningful once validated).</summary>
    public ulong? GuildId =>
        ulong.TryParse(CommandGuildId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
