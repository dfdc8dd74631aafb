namespace FandomBot.Replay;

/// <summary>
/// The replay's "now": set to each message's timestamp before it is judged, so the cooldowns and the context window
/// of the live bot's classes behave as they would have at that moment. Never goes back (a message out of order is
/// judged at the latest time seen, as the live bot would).
/// </summary>
internal sealed class ReplayClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward to <paramref name="instant"/>; earlier instants leave it where it is.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant > _now)
        {
            _now = instant.ToUniversalTime();
        }
    }
}
