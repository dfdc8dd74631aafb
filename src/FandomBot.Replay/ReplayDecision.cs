using FandomBot.Core.Reminders;

namespace FandomBot.Replay;

/// <summary>What the live bot would have done with one message.</summary>
/// <param name="Gate">Why it was not looked at, or Open.</param>
/// <param name="IsSystemMessage">A join, pin or other notice: not a member talking, never judged.</param>
/// <param name="Verdict">The detector's answer, when it ran.</param>
internal sealed record ReplayDecision(ReminderGate Gate, bool IsSystemMessage, ReplayVerdict? Verdict)
{
    public static readonly ReplayDecision SystemMessage = new(ReminderGate.Open, true, null);

    private static readonly ReplayDecision[] WithoutVerdict = [.. Enum.GetValues<ReminderGate>().Select(g => new ReplayDecision(g, false, null))];
    private static readonly ReplayDecision[] Quiet = [.. Enum.GetValues<ReminderGate>().Select(g => new ReplayDecision(g, false, ReplayVerdict.Quiet))];

    /// <summary>A shared decision for a gate with no verdict or the quiet one (nothing message-specific in it).</summary>
    public static ReplayDecision Shared(ReminderGate gate, ReplayVerdict? verdict) =>
        verdict is null ? WithoutVerdict[(int)gate] : Quiet[(int)gate];

    /// <summary>The bot would have posted (or sent, or logged) a reminder.</summary>
    public bool WouldRemind => Verdict is { Remind: true };

    /// <summary>The label the summary counts this message under.</summary>
    public string Label => IsSystemMessage ? "system notice" : Gate switch
    {
        ReminderGate.Open => WouldRemind ? "reminder" : "no reminder",
        ReminderGate.FromBot => "from a bot",
        ReminderGate.DirectMessage => "direct message",
        ReminderGate.RemindersOff => "reminders off",
        ReminderGate.ChannelNotInScope => "channel not in scope",
        ReminderGate.ExemptRole => "exempt role",
        ReminderGate.CoolingDown => "author cooling down",
        _ => Gate.ToString(),
    };
}
