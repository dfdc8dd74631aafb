namespace FandomBot.Core.Detection;

/// <summary>The languages the lexicon covers, in a fixed order (index 0, English, is the default).</summary>
public static class Languages
{
    public static IReadOnlyList<string> All { get; } = ["en", "es", "pt", "fr", "de"];

    internal static int IndexOf(string language) => language switch
    {
        "es" => 1,
        "pt" => 2,
        "fr" => 3,
        "de" => 4,
        _ => 0,
    };
}
