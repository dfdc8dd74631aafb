using FandomBot.Core.Reminders;
using FandomBot.Features.Replay.Export;

namespace FandomBot.Features.Replay;

/// <summary>
/// The live bot's path for one message, replayed: the clock set to the message's time, the same gate (bots, DMs,
/// reminders off, channel scope with threads under their parent, exempt roles, per-member cooldown), the channel's
/// context ring, the detector, then the cooldown claim. Messages must come in time order across all channels, as the
/// bot would have seen them: cooldowns are per member across the whole server.
/// The path is cut in two so that two threads can share it. <see cref="Prepare"/> does everything that does not
/// depend on earlier decisions (text, gate without cooldowns, context ring, reply targets) and <see cref="Evaluate"/>
/// runs the detector, which is a pure function of what Prepare gave it; both run on the reading thread, in order.
/// <see cref="Decide"/> does what does (cooldowns, names for labels), in order on the judging thread, and runs the
/// detector itself when the reader had no time to. Whoever runs the detector, the decisions are those of one thread.
/// </summary>
internal sealed class ReplayPipeline
{
    private readonly ReminderSettings _settings;
    private readonly ReplayDetector _detector;

    // The reading side's state: its own clock, so the context window moves exactly as on the judging side.
    private readonly ReplayClock _readClock = new();
    private readonly ReplayContextRing _recent;
    private readonly ReplyAuthors _replyAuthors = new();
    private readonly ReminderCooldowns _noCooldowns;
    private readonly Dictionary<(ulong Channel, ulong Author), AuthorInChannel> _gates = [];

    // The judging side's state.
    private readonly ReplayClock _clock = new();
    private readonly ReminderCooldowns _cooldowns;
    private readonly Dictionary<ulong, string> _memberNames = [];
    private readonly PreparedMessage _single = new();

    private const int MaxMemberNames = 200_000;
    private const int MaxCachedGates = 100_000;

    public ReplayPipeline(ReminderSettings settings, ReplayDetector detector)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(detector);
        _settings = settings;
        _detector = detector;
        _cooldowns = new ReminderCooldowns(_clock);
        _noCooldowns = new ReminderCooldowns(_readClock);
        _recent = new ReplayContextRing(_readClock);
    }

    /// <summary>Judges one message on one thread (prepare, detector, decide).</summary>
    public ReplayDecision Judge(ExportChannel channel, ExportMessage message)
    {
        _single.Clear();
        Prepare(channel, message, _single);
        return Decide(_single);
    }

    /// <summary>The reading side: fills <paramref name="slot"/> with what the decision needs. Call in time order.</summary>
    public void Prepare(ExportChannel channel, ExportMessage message, PreparedMessage slot)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(slot);
        slot.Channel = channel;
        slot.Message = message;
        slot.Timestamp = message.Timestamp;
        slot.Author = message.Author;
        slot.Mentions = message.Mentions;
        _readClock.AdvanceTo(message.Timestamp);
        _replyAuthors.Remember(message.Id, message.Author.Id);

        // Join, pin and thread notices are Discord's words, not a member's: never judged, never context.
        if (!message.IsFromPerson)
        {
            slot.IsSystemMessage = true;
            return;
        }

        var text = MentionText.AsBotSees(message.Content, message.Mentions);
        var (facts, gate) = FactsAndGate(channel, message.Author);
        slot.Text = text;
        slot.Facts = facts;
        slot.GateWithoutCooldowns = gate;
        if (slot.GateWithoutCooldowns == ReminderGate.Open)
        {
            // An open gate means a guild message (direct messages are turned away before the cooldown).
            slot.GuildId = facts.GuildId!.Value;
        }

        slot.NeedsVerdict = slot.GateWithoutCooldowns == ReminderGate.Open && text.Length > 0;
        if (slot.NeedsVerdict)
        {
            // The context as the detector would have read it: before this message joins the ring.
            slot.Context.Count = _recent.Snapshot(channel.ChannelId, slot.Context.Buffer);
            slot.Mentioned = Mentioned(message);
        }

        // Whatever the channel showed is context for the next messages, gated or not (a bot's quote naming someone,
        // an exempt moderator's message): "he" in the next line may mean the person named there.
        if (text.Length > 0)
        {
            _recent.Add(channel.ChannelId, text);
        }
    }

    /// <summary>
    /// The policy's facts and its answer without cooldowns: both depend only on the channel and the author, so they
    /// are worked out once per author and channel (the same author object comes back from the export's author cache).
    /// </summary>
    private (MessageFacts Facts, ReminderGate Gate) FactsAndGate(ExportChannel channel, ExportAuthor author)
    {
        if (_gates.TryGetValue((channel.ChannelId, author.Id), out var known)
            && ReferenceEquals(known.Channel, channel) && ReferenceEquals(known.Author, author))
        {
            return (known.Facts, known.Gate);
        }

        var facts = new MessageFacts(
            channel.IsDirectMessage ? null : channel.GuildId,
            channel.ChannelId,
            channel.ParentChannelId,
            author.Id,
            author.IsBot,
            author.RoleIds);
        var gate = ReminderPolicy.Check(_settings, facts, _noCooldowns);
        if (_gates.Count >= MaxCachedGates)
        {
            _gates.Clear();
        }

        _gates[(channel.ChannelId, author.Id)] = new AuthorInChannel(channel, author, facts, gate);
        return (facts, gate);
    }

    /// <summary>Runs the detector on a prepared message (on either thread; the detector is thread-safe).</summary>
    public void Evaluate(PreparedMessage slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        slot.Verdict = _detector.Evaluate(slot.Text, slot.Author!.Id, slot.Context, slot.Mentioned);
    }

    /// <summary>The judging side: cooldowns and the decision. Call in the order the messages were prepared.</summary>
    public ReplayDecision Decide(PreparedMessage slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var author = slot.Author ?? throw new ArgumentException("the slot holds no message", nameof(slot));
        _clock.AdvanceTo(slot.Timestamp);
        RememberNames(author, slot.Mentions);
        if (slot.IsSystemMessage)
        {
            return ReplayDecision.SystemMessage;
        }

        // Cooldowns are the policy's last check (ReminderPolicy.Check): when an earlier check closed the gate it stays
        // closed, and when none did the cooldown decides, exactly as Check would with the same cooldowns.
        var gate = slot.GateWithoutCooldowns;
        if (gate == ReminderGate.Open && _cooldowns.IsCoolingDown(slot.GuildId, author.Id))
        {
            gate = ReminderGate.CoolingDown;
        }

        ReplayVerdict? verdict = null;
        if (gate == ReminderGate.Open && slot.NeedsVerdict)
        {
            if (slot.Verdict is null)
            {
                Evaluate(slot);
            }

            verdict = slot.Verdict!;
            if (verdict.Remind && !ReminderPolicy.TryClaim(_settings, slot.Facts!, _cooldowns))
            {
                gate = ReminderGate.CoolingDown;
                verdict = null;
            }
        }

        // Most messages end quiet or gated: share those decisions instead of allocating one per message.
        return verdict is null || ReferenceEquals(verdict, ReplayVerdict.Quiet)
            ? ReplayDecision.Shared(gate, verdict)
            : new ReplayDecision(gate, false, verdict);
    }

    /// <summary>Who a verdict is about, as moderators know them: a member by their server name, not a bare id.</summary>
    public string PersonLabel(ReplayVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.PersonUserId is { } id && _memberNames.TryGetValue(id, out var name)
            ? $"@{name} (member)"
            : verdict.Person ?? "someone unnamed";
    }

    /// <summary>Names of authors and mentioned members seen so far (bounded), for <see cref="PersonLabel"/>.</summary>
    private void RememberNames(ExportAuthor author, IReadOnlyList<ExportMention> mentions)
    {
        if (_memberNames.Count >= MaxMemberNames)
        {
            return;
        }

        _memberNames.TryAdd(author.Id, author.DisplayName);
        foreach (var mention in mentions)
        {
            if ((string.IsNullOrEmpty(mention.Nickname) ? mention.Name : mention.Nickname) is { Length: > 0 } name)
            {
                _memberNames.TryAdd(mention.Id, name);
            }
        }
    }

    /// <summary>The mentioned members, with a reply's target first when the export knows who wrote it.</summary>
    private IReadOnlyList<ulong> Mentioned(ExportMessage message)
    {
        if (message.Mentions.Count == 0 && message.ReplyToMessageId is null)
        {
            return Array.Empty<ulong>();
        }

        var ids = new List<ulong>(message.Mentions.Count + 1);
        if (message.ReplyToMessageId is { } target && _replyAuthors.AuthorOf(target) is { } targetAuthor && targetAuthor != message.Author.Id)
        {
            ids.Add(targetAuthor);
        }

        foreach (var mention in message.Mentions)
        {
            if (!ids.Contains(mention.Id))
            {
                ids.Add(mention.Id);
            }
        }

        return ids;
    }

    private sealed record AuthorInChannel(ExportChannel Channel, ExportAuthor Author, MessageFacts Facts, ReminderGate Gate);
}
