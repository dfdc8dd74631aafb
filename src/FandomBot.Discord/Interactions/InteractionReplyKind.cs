namespace FandomBot.Discord.Interactions;

/// <summary>What a handler answers an interaction with.</summary>
public enum InteractionReplyKind
{
    /// <summary>A new message (type 4; after a deferral, the edited original or a follow-up).</summary>
    Message,

    /// <summary>For components: replaces the message the component is on (type 7).</summary>
    UpdateMessage,

    /// <summary>Autocomplete suggestions (type 8).</summary>
    Autocomplete,
}
