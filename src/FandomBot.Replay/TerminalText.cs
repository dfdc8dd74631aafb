using System.Text;

namespace FandomBot.Replay;

/// <summary>
/// Text from an export made safe to print on a terminal. Channel, server and member names are chosen by members: an
/// escape sequence in one could move the cursor, rewrite earlier lines, set the window title or hide the rest of the
/// summary. Control characters (C0, DEL, C1) and whole escape sequences (CSI, OSC, DCS and the two-byte ones) are
/// dropped; a line break or tab becomes a space, so a name stays on its line.
/// </summary>
internal static class TerminalText
{
    private const char Escape = '\u001b';
    private const char Bell = '\u0007';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
            {
                i = EndOfEscape(text, i);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                builder.Append(' ');
            }
            else if (!IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsControl(char c) => c < ' ' || c is >= '\u007f' and <= '\u009f';

    /// <summary>The index of the escape sequence's last character (the sequence starts at <paramref name="start"/>).</summary>
    private static int EndOfEscape(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return start;
        }

        var kind = text[start + 1];
        if (kind == '[')
        {
            // CSI: parameter and intermediate bytes, then one final byte from @ to ~.
            for (var i = start + 2; i < text.Length; i++)
            {
                if (text[i] is >= '@' and <= '~')
                {
                    return i;
                }

                if (text[i] is < ' ' or > '?')
                {
                    // Not part of a sequence: printed (or dropped) on its own.
                    return i - 1;
                }
            }

            return text.Length - 1;
        }

        if (kind is ']' or 'P' or '^' or '_' or 'X')
        {
            // OSC, DCS, PM, APC, SOS: a string up to BEL or ST (ESC \).
            for (var i = start + 2; i < text.Length; i++)
            {
                if (text[i] == Bell)
                {
                    return i;
                }

                if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\')
                {
                    return i + 1;
                }
            }

            return text.Length - 1;
        }

        // Two characters (ESC c, ESC 7, ESC ( B…): ESC, any intermediates, one final character.
        var end = start + 1;
        while (end < text.Length - 1 && text[end] is >= ' ' and <= '/')
        {
            end++;
        }

        return IsControl(text[end]) ? end - 1 : end;
    }
}
