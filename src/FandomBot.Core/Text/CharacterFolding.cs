namespace FandomBot.Core.Text;

/// <summary>
/// Per-character folding rules used to undo evasive spelling: Cyrillic and Greek letters that look like Latin ones,
/// and leetspeak digits and symbols that stand for letters inside a word.
/// </summary>
internal static class CharacterFolding
{
    private static readonly Dictionary<char, char> LookalikeLetters = BuildLookalikes();

    /// <summary>The Latin letter a Cyrillic or Greek look-alike stands for, or <c>'\0'</c>.</summary>
    public static char Lookalike(char c) => LookalikeLetters.TryGetValue(c, out var latin) ? latin : '\0';

    /// <summary>The letter a digit or symbol stands for in leetspeak (<c>g4y</c>, <c>l3sbian</c>), or <c>'\0'</c>.</summary>
    public static char Leet(char c) => c switch
    {
        '4' => 'a',
        '@' => 'a',
        '3' => 'e',
        '1' => 'i',
        '!' => 'i',
        '0' => 'o',
        '5' => 's',
        '$' => 's',
        '7' => 't',
        _ => '\0',
    };

    private static Dictionary<char, char> BuildLookalikes()
    {
        // Lower case first; upper case forms are folded to lower before the lookup.
        const string pairs =
            "аa" + "вb" + "еe" + "ѐe" + "ёe" + "кk" + "мm" + "нh" + "оo" + "рp" + "сc" + "тt" + "уy" + "хx" + "ѕs" + "іi" + "їi" + "јj" + "ԁd" + "ԛq" + "ԝw" + "һh" + "ɡg" + "ӏl" + "ⅼl" +
            "αa" + "βb" + "εe" + "ηn" + "ιi" + "κk" + "νv" + "οo" + "ρp" + "τt" + "υu" + "χx" + "γy" + "ωw" + "ϲc" + "ϳj" + "ѵv" + "ɑa" + "ıi" +
            "ᴀa" + "ʙb" + "ᴄc" + "ᴅd" + "ᴇe" + "ꜰf" + "ɢg" + "ʜh" + "ɪi" + "ᴊj" + "ᴋk" + "ʟl" + "ᴍm" + "ɴn" + "ᴏo" + "ᴘp" + "ʀr" + "ꜱs" + "ᴛt" + "ᴜu" + "ᴠv" + "ᴡw" + "ʏy" + "ᴢz";
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
