using System.Diagnostics.CodeAnalysis;

namespace FandomBot.Discord.Rest;

/// <summary>The outcome of a REST call without a value: success, or a <see cref="DiscordApiError"/>.</summary>
public readonly record struct DiscordResult
{
    private DiscordResult(DiscordApiError? error) => Error = error;

    /// <summary>A success.</summary>
    public static DiscordResult Success => default;

    /// <summary>The error; set when not <see cref="IsSuccess"/>.</summary>
    public DiscordApiError? Error { get; }

    /// <summary>Whether the call succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A failure.</summary>
    public static DiscordResult Failure(DiscordApiError error) => new(error ?? throw new ArgumentNullException(nameof(error)));
}
