using System.Globalization;
using System.Text;

namespace FandomBot.Storage;

/// <summary>
/// The identity of a person's name inside a guild: "Taylor Swift", "taylor swift" and " TAYLOR SWIFT " are one person,
/// so <c>/people remove</c> finds what <c>/people add</c> stored whatever the moderator's capitals.
/// </summary>
internal static class PersonNameKey
{
    /// <summary>Trimmed, NFC-normalised, lower-cased (invariant). Only called on text that passed validation.</summary>
    public static string For(string name) =>
        name.Trim().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
}
