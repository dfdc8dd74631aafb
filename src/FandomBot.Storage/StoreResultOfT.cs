using System.Diagnostics.CodeAnalysis;

namespace FandomBot.Storage;

/// <summary>The outcome of a store write: the new value, or why nothing changed.</summary>
/// <typeparam name="T">What a successful call returns.</typeparam>
public sealed class StoreResult<T>
{
    internal StoreResult(T? value, StoreError? error)
    {
        Value = value;
        Error = error;
        IsSuccess = error is null;
    }

    /// <summary>The value when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The reason when not <see cref="IsSuccess"/>.</summary>
    public StoreError? Error { get; }

    /// <summary>True when the change is stored durably; the compiler then knows <see cref="Value"/> is set.</summary>
    /// <remarks>Set once in the constructor (not computed from <see cref="Error"/>) so the compiler takes both
    /// promises at their word: success has a value, failure has an error.</remarks>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    /// <inheritdoc/>
    public override string ToString() => IsSuccess ? $"Success({Value})" : $"Failure({Error.Kind}: {Error.Message})";
}
