namespace FandomBot.Discord.Rest;

/// <summary>
/// How a call that must arrive by a deadline may be sent again (an interaction callback: Discord accepts it only
/// within 3 s of the interaction). Nothing is sent again once the wait before it would reach <paramref name="Deadline"/>.
/// A POST that may already have taken effect (a 5xx, or a failure after the request went out) is sent again only when
/// <paramref name="CheckLanded"/> says it did not land; without a check it is not sent again at all.
/// </summary>
/// <param name="Deadline">The last moment a resend may start, on the client's <see cref="TimeProvider"/>.</param>
/// <param name="CheckLanded">True when the call took effect, false when it surely did not, null when that cannot be told.</param>
internal sealed record RestResendRule(DateTimeOffset Deadline, Func<CancellationToken, Task<bool?>>? CheckLanded);
