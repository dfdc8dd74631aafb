namespace FandomBot.Storage;

/// <summary>Why a store operation did not happen.</summary>
public enum StoreErrorKind
{
    /// <summary>The input breaks a rule (cooldown out of range, a name too long, a control character...).</summary>
    Invalid = 0,

    /// <summary>The guild is at a limit (2,000 people, 500 listed channels...).</summary>
    LimitReached = 1,

    /// <summary>The thing to remove is not there.</summary>
    NotFound = 2,

    /// <summary>The database could not be reached; nothing was changed. Reads keep answering from the cache.</summary>
    Unavailable = 3,
}
