namespace FandomBot.Discord.Models;

/// <summary>What kind of interaction Discord sent.</summary>
public enum InteractionType
{
    /// <summary>Discord's endpoint check (HTTP interactions only).</summary>
    Ping = 1,

    /// <summary>A slash or context-menu command.</summary>
    ApplicationCommand = 2,

    /// <summary>A button press or select.</summary>
    MessageComponent = 3,

    /// <summary>The user is typing an option that has autocomplete.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}
