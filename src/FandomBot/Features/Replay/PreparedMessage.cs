using FandomBot.Core.Reminders;
using FandomBot.Features.Replay.Export;

namespace FandomBot.Features.Replay;

/// <summary>
/// One message as the reading side hands it to the judging side: everything about it that does not depend on the
/// replay's decisions so far (the text as the bot sees it, the gate without cooldowns, the channel's context, who is
/// mentioned) and, when the reader had time to spare, the detector's verdict. The detector is a pure function of
/// these, so whichever thread runs it, the verdict is the same. Slots are reused batch after batch.
/// </summary>
internal sealed class PreparedMessage
{
    /// <summary>Which export it came from (index into the files given).</summary>
    public int SourceIndex { get; set; }

    /// <summary>The message, or null for a slot that only says its export ended.</summary>
    public ExportMessage? Message { get; set; }

    public ExportChannel? Channel { get; set; }

    /// <summary>The export's read position after this message (for progress, read without touching the reader).</summary>
    public long Position { get; set; }

    /// <summary>Its export has nothing after it (the end, or an error recorded on the export).</summary>
    public bool EndsSource { get; set; }

    /// <summary>A join, pin or other notice: never judged, never context.</summary>
    public bool IsSystemMessage { get; set; }

    /// <summary>The text as the live bot would have received it.</summary>
    public string Text { get; set; } = string.Empty;

    public MessageFacts? Facts { get; set; }

    /// <summary>The gate with nobody cooling down: any other answer than Open is final.</summary>
    public ReminderGate GateWithoutCooldowns { get; set; }

    /// <summary>The channel's context as it was just before this message.</summary>
    public IReadOnlyList<string> Context { get; set; } = [];

    public IReadOnlyList<ulong> Mentioned { get; set; } = [];

    /// <summary>Whether the judging side would run the detector if the author is not cooling down.</summary>
    public bool NeedsVerdict => !IsSystemMessage && GateWithoutCooldowns == ReminderGate.Open && Text.Length > 0;

    /// <summary>The detector's answer, once someone ran it.</summary>
    public ReplayVerdict? Verdict { get; set; }

    public void Clear()
    {
        SourceIndex = 0;
        Message = null;
        Channel = null;
        Position = 0;
        EndsSource = false;
        IsSystemMessage = false;
        Text = string.Empty;
        Facts = null;
        GateWithoutCooldowns = ReminderGate.Open;
        Context = [];
        Mentioned = [];
        Verdict = null;
    }
}
