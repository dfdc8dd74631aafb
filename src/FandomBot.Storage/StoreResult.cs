namespace FandomBot.Storage;

/// <summary>Builds <see cref="StoreResult{T}"/> values.</summary>
public static class StoreResult
{
    /// <summary>A successful result.</summary>
    public static StoreResult<T> Success<T>(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static StoreResult<T> Failure<T>(StoreError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }
}
