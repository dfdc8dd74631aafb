using System.Text;

namespace FandomBot.Interactions;

/// <summary>
/// Shows text that someone typed (a person's name, an alias) exactly as typed but inert: markdown characters are
/// escaped and every <c>@</c> is broken with a zero-width space, so nothing formats and nothing can mention anyone,
/// even if a message's allowed_mentions were ever wrong.
/// </summary>
internal static class DisplayText
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']' or '<':
                    builder.Append('\\').Append(c);
                    break;
                case '@':
                    builder.Append('@').Append(ZeroWidthSpace);
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A markdown link whose label is escaped and whose address cannot end the link early.</summary>
    public static string Link(string label, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var address = url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return $"[{Escape(label)}]({address})";
    }
}
