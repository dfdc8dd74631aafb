using System.Text;

namespace FandomBot.Features.Reminders;

/// <summary>Shows names as plain text in Discord: no markdown, no mentions, no links.</summary>
internal static class DiscordMarkdown
{
    private const string Special = "\\*_~`|>#-[]()<:";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);

            // A zero-width space after '@' keeps "@everyone" inert even where escapes are not honoured.
            if (c == '@')
            {
                builder.Append('\u200B');
            }
        }

        return builder.ToString();
    }
}
