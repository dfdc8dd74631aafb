namespace FandomBot.Storage;

/// <summary>An expected failure of a store operation, with a message fit to show a moderator (in English).</summary>
/// <param name="Kind">The kind of failure, for callers that phrase their own (localised) answer.</param>
/// <param name="Message">A plain explanation naming the limit or the problem.</param>
public sealed record StoreError(StoreErrorKind Kind, string Message)
{
    internal static StoreError Invalid(string message) => new(StoreErrorKind.Invalid, message);

    internal static StoreError LimitReached(string message) => new(StoreErrorKind.LimitReached, message);

    internal static StoreError NotFound(string message) => new(StoreErrorKind.NotFound, message);

    internal static StoreError Unavailable() =>
        Unavailable("The settings database is unreachable right now; nothing was changed. Try again in a minute.");

    internal static StoreError Unavailable(string message) => new(StoreErrorKind.Unavailable, message);
}
