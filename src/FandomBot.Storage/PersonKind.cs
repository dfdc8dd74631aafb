namespace FandomBot.Storage;

/// <summary>Whether a guild's own person is a real person (reminders apply) or a fictional character (they never do).</summary>
public enum PersonKind
{
    /// <summary>A real, living or historical person.</summary>
    Real = 0,

    /// <summary>A fictional character: speculation about them never triggers a reminder.</summary>
    Fictional = 1,
}
