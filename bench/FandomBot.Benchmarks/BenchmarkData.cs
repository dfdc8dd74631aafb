using FandomBot.Core.People;

namespace FandomBot.Benchmarks;

/// <summary>Shipped packs and representative fan-chat messages for the detector benchmarks.</summary>
internal static class BenchmarkData
{
    /// <summary>Ordinary fan chat: names, plot talk, emoji, links; no orientation or identity words.</summary>
    public static readonly string[] Ordinary =
    [
        "did anyone watch the new episode last night? the soundtrack was so good",
        "kit connor at the premiere looked amazing omg",
        "the cast's chemistry in s2 is unreal",
        "i can't believe they cut the paris scene from the trailer",
        "joe locke's interview with the guardian was so sweet",
        "who's going to the convention in march? i got tickets!!",
        "nick and charlie at the beach episode 😭😭",
        "alice oseman posted new art on instagram today",
        "ok but the rugby scene in s1 is iconic",
        "does anyone know when season 4 comes to netflix in brazil",
        "my cat just sat on my keyboard while i was rewatching lol",
        "yasmin finney was so good in doctor who",
        "the book version of that scene hits different tbh",
        "lol the bloopers are the best thing on youtube",
        "i need the vinyl of the soundtrack so bad",
        "william gao's hair in the new photoshoot 🔥",
        "anyone up for a watch party on friday at 8pm utc?",
        "the way they filmed the kiss in the rain, cinematography 10/10",
        "olivia colman deserves every award honestly",
        "tao and elle are my favourite couple in the whole show",
        "just finished the graphic novels for the third time",
        "can someone send me the link to the behind the scenes video",
        "harry styles announced new tour dates!!! europe in june",
        "bts comeback teaser at midnight kst, who's staying up",
        "the lionesses won again, what a match",
        "critical role's new campaign is off to a wild start",
        "i'm so tired today, work was a lot",
        "happy birthday to our mod!! 🎂",
        "this server is the best, you all are so nice",
        "noah schnapp's new movie trailer just dropped",
    ];

    /// <summary>Messages with an orientation, identity or closet word (reminders and quiet cases alike).</summary>
    public static readonly string[] WithOrientationWords =
    [
        "kit connor is lowkey gay ngl",
        "nick's arc is such good bi rep",
        "happy bi visibility day everyone!",
        "i'm bi and i love this show so much",
        "joe locke has been openly gay since the start",
        "he's def in the closet, the pr relationship is so obvious",
        "can we not guess about anyone's sexuality here",
        "corinna brown is so obviously a lesbian, look at her fit",
        "charlie's gay, that's the whole plot",
        "the singer marlowe fenwick will come out soon i can feel it",
    ];

    /// <summary>Ten earlier messages of a channel, oldest first, naming a real person for a later "he" to refer to.</summary>
    public static readonly string[] ChannelContext =
    [
        "did anyone watch william gao's interview?",
        "yeah it was so cute",
        "the cast's chemistry in s2 is unreal",
        "ok but the rugby scene in s1 is iconic",
        "kit connor at the premiere looked amazing omg",
        "lol the bloopers are the best thing on youtube",
        "i need the vinyl of the soundtrack so bad",
        "joe locke's interview with the guardian was so sweet",
        "who's going to the convention in march? i got tickets!!",
        "my cat just sat on my keyboard while i was rewatching lol",
    ];

    public static IReadOnlyList<FandomPack> ShippedPacks { get; } = LoadShippedPacks();

    /// <summary>90% ordinary chat, 10% with orientation words, interleaved like a busy channel.</summary>
    public static string[] RealisticMix(int count)
    {
        var mix = new string[count];
        for (var i = 0; i < count; i++)
        {
            mix[i] = i % 10 == 9 ? WithOrientationWords[i / 10 % WithOrientationWords.Length] : Ordinary[i % Ordinary.Length];
        }

        return mix;
    }

    /// <summary>For each message of a channel, the (up to) <paramref name="size"/> messages before it, oldest first: the
    /// same string instances the live ring hands the detector.</summary>
    public static string[][] ChannelWindows(string[] channel, int size)
    {
        var windows = new string[channel.Length][];
        for (var i = 0; i < channel.Length; i++)
        {
            windows[i] = channel[Math.Max(0, i - size)..i];
        }

        return windows;
    }

    /// <summary>A guild's own list of people, as a large server might keep (invented names).</summary>
    public static List<RealPerson> GuildPeople(int count)
    {
        var people = new List<RealPerson>(count);
        for (var i = 0; i < count; i++)
        {
            var first = $"first{i:x}";
            var last = $"last{i * 7919 % 100000:x}";
            people.Add(new RealPerson($"{first} {last}", first, last, $"@{first}{last}"));
        }

        return people;
    }

    private static List<FandomPack> LoadShippedPacks()
    {
        var root = FindSolution(AppContext.BaseDirectory) ?? FindSolution(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("FandomBot.sln not found above the program or the working directory");
        var fandoms = Path.Combine(root, "config", "fandoms");
        return [.. Directory.GetFiles(fandoms, "*.json").Order(StringComparer.Ordinal)
            .Select(path => FandomPackParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path)))];
    }

    private static string? FindSolution(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FandomBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
