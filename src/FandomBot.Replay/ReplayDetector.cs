using System.Globalization;
using FandomBot.Core.Detection;
using FandomBot.Core.People;

namespace FandomBot.Replay;

/// <summary>
/// The one place the replay calls the speculation detector: the rest of the replay sees only <see cref="ReplayVerdict"/>,
/// so a change in the detector's API is a change here.
/// </summary>
internal sealed class ReplayDetector(PeopleDirectory directory)
{
    private readonly SpeculationDetector _detector = new(directory);

    /// <summary>The packs that count (for the summary).</summary>
    public IEnumerable<string> EnabledPacks => _detector.Directory.EnabledPacks;

    /// <summary>Judges one message as the live bot does.</summary>
    /// <param name="text">The text as the bot would see it (mentions as <c>&lt;@id&gt;</c>).</param>
    /// <param name="authorId">The author.</param>
    /// <param name="context">The channel's recent messages, oldest first.</param>
    /// <param name="mentionedUserIds">Members mentioned, including a reply's target.</param>
    public ReplayVerdict Evaluate(string text, ulong authorId, IReadOnlyList<string> context, IReadOnlyList<ulong> mentionedUserIds)
    {
        var verdict = _detector.Evaluate(text, authorId, context, mentionedUserIds);
        if (!verdict.Remind && verdict.Reasons.Count == 0)
        {
            return ReplayVerdict.Quiet;
        }

        var person = verdict.Person switch
        {
            null => null,
            { UserId: { } id } => string.Create(CultureInfo.InvariantCulture, $"<@{id}>"),
            var p => p.Name,
        };
        var reasons = verdict.Reasons.Select(r => new ReplayReason(r.Cue.ToString(), r.Span, r.Explanation)).ToArray();
        return new ReplayVerdict(verdict.Remind, verdict.Score, person, verdict.Person?.Pack, verdict.Language, reasons, verdict.Person?.UserId);
    }
}
