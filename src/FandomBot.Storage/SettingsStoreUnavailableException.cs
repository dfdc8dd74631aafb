namespace FandomBot.Storage;

/// <summary>
/// Thrown by a read only when the guild is not cached yet AND the database is unreachable: there is no answer to give.
/// Callers on the reminder path should treat it as "do not remind" (precision first).
/// </summary>
public sealed class SettingsStoreUnavailableException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public SettingsStoreUnavailableException()
        : base("The settings database is unreachable and this guild's settings are not cached yet.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SettingsStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the database error behind it.</summary>
    public SettingsStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
