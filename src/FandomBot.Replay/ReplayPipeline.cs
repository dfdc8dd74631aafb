using FandomBot.Core.Reminders;
using FandomBot.Replay.Export;

namespace FandomBot.Replay;

/// <summary>
/// The live bot's path for one message, replayed: each exported message becomes Core's <see cref="IncomingMessage"/>
/// and takes the steps of <see cref="ReminderDecisionPath"/>, as the live bot's messages do, with the clock set to the
/// message's time: the same screen (bots, DMs, reminders off, channel scope with threads under their parent, exempt
/// roles), the channel's context ring, the detector, then the per-member cooldown and its claim. Messages must come in time order across all channels, as the
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

        var known = FactsAndGate(channel, message.Author);
        var incoming = ToIncoming(message, known.Facts);
        var text = incoming.Text;
        slot.Text = text;
        slot.Facts = known.Facts;
        slot.GateWithoutCooldowns = known.Gate;
        if (known.Facts.GuildId is { } guild)
        {
            slot.GuildId = guild;
        }

        slot.NeedsVerdict = ReminderDecisionPath.NeedsDetector(known.Gate, text);
        if (slot.NeedsVerdict)
        {
            // The context as the detector would have read it: before this message joins the ring.
            slot.Context.Count = _recent.Snapshot(channel.ChannelId, slot.Context.Buffer);
            slot.Mentioned = ReminderDecisionPath.DetectorMentions(incoming);
        }

        // An empty text (an attachment alone) is nothing to remember.
        if (known.HoldsContext && text.Length > 0)
        {
            _recent.Add(channel.ChannelId, text);
        }
    }

    /// <summary>The exported message as Core's, as the live bot would have received it.</summary>
    private IncomingMessage ToIncoming(ExportMessage message, MessageFacts facts)
    {
        ulong[] mentioned = message.Mentions.Count == 0 ? [] : new ulong[message.Mentions.Count];
        for (var i = 0; i < mentioned.Length; i++)
        {
            mentioned[i] = message.Mentions[i].Id;
        }

        var replyToAuthor = message.ReplyToMessageId is { } target ? _replyAuthors.AuthorOf(target) : null;
        return new IncomingMessage(facts, MentionText.AsBotSees(message.Content, message.Mentions), message.Timestamp, replyToAuthor, mentioned);
    }

    /// <summary>
    /// The policy's facts and its answer without cooldowns: both depend only on the channel and the author, so they
    /// are worked out once per author and channel (the same author object comes back from the export's author cache).
    /// </summary>
    private AuthorInChannel FactsAndGate(ExportChannel channel, ExportAuthor author)
    {
        if (_gates.TryGetValue((channel.ChannelId, author.Id), out var known)
            && ReferenceEquals(known.Channel, channel) && ReferenceEquals(known.Author, author))
        {
            return known;
        }

        var facts = new MessageFacts(
            channel.IsDirectMessage ? null : channel.GuildId,
            channel.ChannelId,
            channel.ParentChannelId,
            author.Id,
            author.IsBot,
            author.RoleIds);
        var fresh = new AuthorInChannel(
            channel, author, facts, ReminderDecisionPath.Screen(_settings, facts), ReminderDecisionPath.HoldsAsContext(_settings, facts));
        if (_gates.Count >= MaxCachedGates)
        {
            _gates.Clear();
        }

        _gates[(channel.ChannelId, author.Id)] = fresh;
        return fresh;
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
        if (ReminderDecisionPath.CoolingDown(gate, slot.GuildId, author.Id, _cooldowns))
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
            if (verdict.Remind && !ReminderDecisionPath.TryClaim(_settings, slot.Facts!, _cooldowns))
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

    private sealed record AuthorInChannel(ExportChannel Channel, ExportAuthor Author, MessageFacts Facts, ReminderGate Gate, bool HoldsContext);
}
