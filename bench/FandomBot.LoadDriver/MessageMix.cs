namespace FandomBot.LoadDriver;

/// <summary>
/// Deterministic fan chat: per 50 messages, 45 ordinary (90%), 4 with orientation words that deserve no reminder
/// (8%) and 1 speculation about a real person (2%), so 10% carry orientation words. Every speculation comes from an
/// author never seen before, so the per-author cooldown never hides a reminder; the orientation messages that deserve
/// none go to a channel of their own, and each speculation opens a channel of its own (as a new thread would): the
/// detector reads a channel's recent messages as context and may rightly stay quiet about a person already discussed
/// there, which would make the expected count a guess. The context-dependent choices are the detector tests' business.
/// </summary>
internal sealed class MessageMix(IReadOnlyList<ulong> guildIds, double speculationShare = 0.02, double otherOrientationShare = 0.08)
{
    private static readonly string[] Chat =
    [
        "did anyone else cry at the end of episode four",
        "the soundtrack for season two is so good i have it on repeat",
        "who is going to the convention next month",
        "i just finished the graphic novel and i need to talk about it",
        "the costume design this season is incredible honestly",
        "rewatching the whole series before the finale drops",
        "that scene at the beach was filmed in a real town right",
        "new fanart thread is up in the art channel",
        "can we talk about how funny the bloopers were",
        "good morning everyone, what are we watching today",
    ];

    private static readonly string[] OrientationWithoutReminder =
    [
        "i'm gay and honestly this show made me feel so seen",
        "nick is bi in the comic and the show handles it so well",
        "happy pride month everyone, love this server",
        "stop speculating about whether actors are gay, it is nobody's business",
    ];

    private static readonly string[] Speculation =
    [
        "kit connor is lowkey gay",
        "joe locke is lowkey gay ngl",
        "obviously joe locke is bi",
    ];

    private readonly ulong[] _guildIds = [.. guildIds];
    private readonly int _speculationEvery = (int)Math.Round(1 / speculationShare);
    private readonly int _otherEvery = otherOrientationShare > 0 ? (int)Math.Round(1 / otherOrientationShare) : int.MaxValue;

    // Shared by every mix of the process: a later run must not reuse an author still cooling down from an earlier one.
    private static long s_nextMessageId = 1_300_000_000_000_000_000;
    private static long s_nextSpeculatingAuthor = 500_000_000_000_000_000;
    private static long s_nextSpeculationChannel = 700_000_000_000_000_000;

    private long _index;

    /// <summary>Only speculation, each from a new author (a reminder-only burst).</summary>
    public static MessageMix SpeculationOnly(IReadOnlyList<ulong> guildIds) => new(guildIds, 1.0, 0);

    public LoadMessage Next()
    {
        var i = _index++;
        var guild = _guildIds[(int)(i % _guildIds.Length)];
        var id = (ulong)Interlocked.Increment(ref s_nextMessageId);
        if (i % _speculationEvery == _speculationEvery - 1 || _speculationEvery == 1)
        {
            return new LoadMessage(id, guild, (ulong)Interlocked.Increment(ref s_nextSpeculationChannel), (ulong)Interlocked.Increment(ref s_nextSpeculatingAuthor), Speculation[(int)(i / _speculationEvery % Speculation.Length)], MessageKind.Speculation);
        }

        if (i % _otherEvery == 0)
        {
            return new LoadMessage(id, guild, guild + 2, 200_000_000_000_000_000 + (ulong)(i % 5_000), OrientationWithoutReminder[(int)(i / _otherEvery % OrientationWithoutReminder.Length)], MessageKind.OrientationWithoutReminder);
        }

        return new LoadMessage(id, guild, ChatChannelOf(guild), 200_000_000_000_000_000 + (ulong)(i % 5_000), Chat[(int)(i % Chat.Length)], MessageKind.Chat);
    }

    private static ulong ChatChannelOf(ulong guild) => guild + 1;
}
