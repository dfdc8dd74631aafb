namespace FandomBot.LoadDriver;

/// <summary>What the bot should do with a generated message.</summary>
internal enum MessageKind
{
    /// <summary>Ordinary fan chat: no orientation word, nothing to answer.</summary>
    Chat,

    /// <summary>Orientation words that are not speculation (self-talk, fiction, pride, condemning): no reminder.</summary>
    OrientationWithoutReminder,

    /// <summary>Speculation about a real person in a built-in pack: one reminder expected.</summary>
    Speculation,
}
