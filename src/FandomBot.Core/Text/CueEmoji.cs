namespace FandomBot.Core.Text;

/// <summary>
/// The emoji fans use to hint rather than say (👀, 😏, 🌈, 💅…). The tokenizer keeps words only, so these are
/// recorded as a set on the message: they are what innuendo with no orientation word looks like.
/// </summary>
[Flags]
public enum CueEmoji : ushort
{
    None = 0,
    Eyes = 1 << 0,
    Smirk = 1 << 1,
    Rainbow = 1 << 2,
    Wink = 1 << 3,
    Thinking = 1 << 4,
    SameSexPair = 1 << 5,
    Nails = 1 << 6,
    Peeking = 1 << 7,
    Couple = 1 << 8,
    Ring = 1 << 9,
    Eyeroll = 1 << 10,
    Hearts = 1 << 11,
    TransSymbol = 1 << 12,
    Shush = 1 << 13,
}

/// <summary>Maps a code point to its <see cref="CueEmoji"/> (or none).</summary>
public static class CueEmojis
{
    /// <summary>Number of distinct <see cref="CueEmoji"/> bits.</summary>
    public const int Count = 14;

    public static CueEmoji Of(int codePoint) => codePoint switch
    {
        0x1F440 => CueEmoji.Eyes,
        0x1F60F or 0x1F63C => CueEmoji.Smirk,
        0x1F308 or 0x1F3F3 => CueEmoji.Rainbow,
        0x1F609 or 0x1F61C => CueEmoji.Wink,
        0x1F914 or 0x1F9D0 => CueEmoji.Thinking,
        0x1F46C or 0x1F46D or 0x1F46B => CueEmoji.SameSexPair,
        0x1F485 => CueEmoji.Nails,
        0x1FAE3 or 0x1F92D or 0x1F648 or 0x1FAE2 or 0x1F910 or 0x1F441 => CueEmoji.Peeking,
        0x1F48F or 0x1F491 or 0x1F618 or 0x1F48B => CueEmoji.Couple,
        0x1F48D or 0x1F492 => CueEmoji.Ring,
        0x1F644 or 0x1F612 or 0x1F643 or 0x1F60C or 0x1F607 or 0x1F31A => CueEmoji.Eyeroll,
        0x1F497 or 0x1F49C or 0x1F499 or 0x1F49B or 0x1F49E or 0x1F495 or 0x1F970 or 0x1F60D or 0x1F97A or 0x1F633 => CueEmoji.Hearts,
        0x26A7 => CueEmoji.TransSymbol,
        0x1F92B => CueEmoji.Shush,
        _ => CueEmoji.None,
    };
}
