using System.Diagnostics.CodeAnalysis;

namespace FandomBot.Discord.Rest;

/// <summary>The outcome of a REST call that returns a value: the value, or a <see cref="DiscordApiError"/>.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public readonly record struct DiscordResult<T>
{
    private DiscordResult(T? value, DiscordApiError? error)
    {
        Value = value;
        Error = error;
        IsSuccess = error is null;
    }

    /// <summary>The value; set when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The error; set when not <see cref="IsSuccess"/>.</summary>
    public DiscordApiError? Error { get; }

    /// <summary>Whether the call succeeded; the compiler then knows <see cref="Value"/> is set.</summary>
    /// <remarks>Set once in the constructor, so the compiler takes both promises at their word.</remarks>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

#pragma warning disable CA1000 // Result<T>.Success/Failure reads best at the call site.
    /// <summary>A success.</summary>
    public static DiscordResult<T> Success(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static DiscordResult<T> Failure(DiscordApiError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));
#pragma warning restore CA1000

    /// <summary>The value, or an exception for code that treats failure as a bug (tests, start-up).</summary>
    /// <exception cref="InvalidOperationException">The call failed.</exception>
    public T GetValueOrThrow() => IsSuccess ? Value : throw new InvalidOperationException($"Discord call failed: {Error}");

    /// <summary>This outcome without its value.</summary>
    public DiscordResult WithoutValue() => IsSuccess ? DiscordResult.Success : DiscordResult.Failure(Error);
}
