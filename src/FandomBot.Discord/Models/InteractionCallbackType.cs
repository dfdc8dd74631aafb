namespace FandomBot.Discord.Models;

/// <summary>How the bot answers an interaction.</summary>
public enum InteractionCallbackType
{
    /// <summary>Answers a ping.</summary>
    Pong = 1,

    /// <summary>Answers with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>Shows "thinking…"; the message follows by editing the original response.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>For components: acknowledges now, edits the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>For components: replaces the message the component is on.</summary>
    UpdateMessage = 7,

    /// <summary>Answers an autocomplete request with suggestions.</summary>
    ApplicationCommandAutocompleteResult = 8,
}
