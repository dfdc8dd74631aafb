using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Interactions;
using FandomBot.Storage;

namespace FandomBot.Interactions;

/// <summary>The ephemeral answers of the moderator commands, and lists cut to fit one message.</summary>
internal static class SettingsReply
{
    /// <summary>Room for the list part of an answer, leaving the header room within Discord's 2000.</summary>
    private const int ListBudget = 1800;

    public static InteractionReply Text(string text) =>
        InteractionReply.WithMessage(OutgoingMessage.FromText(text.Length <= MessageLimits.Content ? text : string.Concat(text.AsSpan(0, MessageLimits.Content - 1), "…")).AsEphemeral());

    /// <summary>A failed store write, in the interaction's language; the store's own (English) reason for bad input.</summary>
    public static InteractionReply Failure(StoreError error, string? locale)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Text(error.Kind == StoreErrorKind.Unavailable
            ? SettingsTexts.Unavailable.For(locale)
            : SettingsTexts.Rejected.Format(locale, DisplayText.Escape(error.Message)));
    }

    /// <summary>One line per item under a header, stopping with "… (+N)" before the message would be too long.</summary>
    public static string List(string header, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new System.Text.StringBuilder(header);
        for (var i = 0; i < lines.Count; i++)
        {
            if (builder.Length + 1 + lines[i].Length > ListBudget)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n… (+{lines.Count - i})");
                break;
            }

            builder.Append('\n').Append(lines[i]);
        }

        return builder.ToString();
    }

    /// <summary>A channel as Discord shows it (a channel mention never pings).</summary>
    public static string Channel(ulong id) => $"<#{id}>";

    /// <summary>A role as Discord shows it; allowed_mentions stays empty, so this never pings the role.</summary>
    public static string Role(ulong id) => $"<@&{id}>";
}
