using FandomBot.Core.Reminders;
using FandomBot.Features.Replay.Export;

namespace FandomBot.Features.Replay;

/// <summary>
/// The live bot's path for one message, replayed: the clock set to the message's time, the same gate (bots, DMs,
/// reminders off, channel scope with threads under their parent, exempt roles, per-member cooldown), the channel's
/// context ring, the detector, then the cooldown claim. Messages must come in time order across all channels, as the
/// bot would have seen them: cooldowns are per member across the whole server.
/// </summary>
internal sealed class ReplayPipeline
{
    private readonly ReminderSettings _settings;
    private readonly ReplayDetector _detector;
    private readonly ReplayClock _clock = new();
    private readonly ReminderCooldowns _cooldowns;
    private readonly RecentMessages _recent;
    private readonly ReplyAuthors _replyAuthors = new();
    private readonly ChannelContext _context;
    private readonly Dictionary<ulong, string> _memberNames = [];

    private const int MaxMemberNames = 200_000;

    public ReplayPipeline(ReminderSettings settings, ReplayDetector detector)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(detector);
        _settings = settings;
        _detector = detector;
        _cooldowns = new ReminderCooldowns(_clock);
        _recent = new RecentMessages(_clock);
        _context = new ChannelContext(_recent);
    }

    public ReplayDecision Judge(ExportChannel channel, ExportMessage message)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(message);
        _clock.AdvanceTo(message.Timestamp);
        _replyAuthors.Remember(message.Id, message.Author.Id);
        RememberNames(message);
        // Join, pin and thread notices are Discord's words, not a member's: never judged, never context.
        if (!message.IsFromPerson)
        {
            return ReplayDecision.SystemMessage;
        }

        var text = MentionText.AsBotSees(message.Content, message.Mentions);
        var facts = new MessageFacts(
            channel.IsDirectMessage ? null : channel.GuildId,
            channel.ChannelId,
            channel.ParentChannelId,
            message.Author.Id,
            message.Author.IsBot,
            message.Author.RoleIds);
        var gate = ReminderPolicy.Check(_settings, facts, _cooldowns);
        ReplayVerdict? verdict = null;
        if (gate == ReminderGate.Open && text.Length > 0)
        {
            verdict = _detector.Evaluate(text, message.Author.Id, _context.For(channel.ChannelId), Mentioned(message));
            if (verdict.Remind && !ReminderPolicy.TryClaim(_settings, facts, _cooldowns))
            {
                gate = ReminderGate.CoolingDown;
                verdict = null;
            }
        }

        // Whatever the channel showed is context for the next messages, gated or not (a bot's quote naming someone,
        // an exempt moderator's message): "he" in the next line may mean the person named there.
        if (text.Length > 0)
        {
            _recent.Add(channel.ChannelId, text);
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
    private void RememberNames(ExportMessage message)
    {
        if (_memberNames.Count >= MaxMemberNames)
        {
            return;
        }

        _memberNames.TryAdd(message.Author.Id, message.Author.DisplayName);
        foreach (var mention in message.Mentions)
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
}
