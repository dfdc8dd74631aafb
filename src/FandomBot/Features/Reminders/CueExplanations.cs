using System.Collections.Frozen;
using FandomBot.Core.Detection;
using FandomBot.Localization;

namespace FandomBot.Features.Reminders;

/// <summary>
/// The detector's evidence in plain words, by kind only (keys <c>cue.*</c> in <c>config/locales</c>). The detector's
/// own explanations may quote the message, and the mod-log and the "Why this reminder?" answer must never carry
/// message text, so they are built from these. Kinds without a key never lead to a reminder.
/// </summary>
internal static class CueExplanations
{
    private static readonly FrozenDictionary<CueKind, string> Keys = Enum.GetValues<CueKind>()
        .Select(cue => (Cue: cue, Key: "cue." + Kebab(cue.ToString())))
        .Where(entry => Locales.Embedded.Files[LocaleFallback.Default].TryGet(entry.Key, out _))
        .ToFrozenDictionary(entry => entry.Cue, entry => entry.Key);

    /// <summary>A sentence for one kind of evidence (English), or null for kinds that never lead to a reminder.</summary>
    public static string? For(CueKind cue) => For(cue, LocaleFallback.Default);

    /// <summary>A sentence for one kind of evidence in <paramref name="language"/>, or null as in <see cref="For(CueKind)"/>.</summary>
    public static string? For(CueKind cue, string? language) =>
        Keys.TryGetValue(cue, out var key) ? Locales.Embedded.Text(key, language) : null;

    /// <summary>The kinds of evidence as a bit mask (fits a button's custom id).</summary>
    public static uint Mask(IEnumerable<DetectionReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        uint mask = 0;
        foreach (var reason in reasons)
        {
            if (Keys.ContainsKey(reason.Cue) && (int)reason.Cue < 32)
            {
                mask |= 1u << (int)reason.Cue;
            }
        }

        return mask;
    }

    /// <summary>The English sentences of a mask, in the order of <see cref="CueKind"/>.</summary>
    public static IReadOnlyList<string> FromMask(uint mask) => FromMask(mask, LocaleFallback.Default);

    /// <summary>The sentences of a mask in <paramref name="language"/> (English where there is no translation).</summary>
    public static IReadOnlyList<string> FromMask(uint mask, string? language) =>
        [.. Enum.GetValues<CueKind>().Where(cue => (int)cue < 32 && (mask & (1u << (int)cue)) != 0).Select(cue => For(cue, language)).OfType<string>()];

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
