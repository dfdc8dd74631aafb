using FandomBot.Core.Reminders;
using FandomBot.Replay.Export;

namespace FandomBot.Replay;

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

    // Copied from the message and its facts so the judging thread reads one object it has seen before rather than
    // three that another core just wrote (each a cache miss).

    /// <summary>When it was sent.</summary>
    public DateTimeOffset Timestamp { get; set; }

    public ExportAuthor? Author { get; set; }

    public IReadOnlyList<ExportMention> Mentions { get; set; } = [];

    /// <summary>The guild whose cooldowns count (set when the gate without cooldowns is open).</summary>
    public ulong GuildId { get; set; }

    /// <summary>The gate with nobody cooling down: any other answer than Open is final.</summary>
    public ReminderGate GateWithoutCooldowns { get; set; }

    /// <summary>The channel's context as it was just before this message (a buffer reused with the slot).</summary>
    public ContextView Context { get; } = new(new string[RecentMessages.PerChannel]);

    public IReadOnlyList<ulong> Mentioned { get; set; } = [];

    /// <summary>Whether the judging side would run the detector if the author is not cooling down.</summary>
    public bool NeedsVerdict { get; set; }

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
        Array.Clear(Context.Buffer, 0, Context.Count);
        Context.Count = 0;
        Timestamp = default;
        Author = null;
        Mentions = [];
        GuildId = 0;
        Mentioned = [];
        NeedsVerdict = false;
        Verdict = null;
    }
}
