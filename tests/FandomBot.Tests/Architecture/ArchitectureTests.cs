using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace FandomBot.Tests.Architecture;

/// <summary>
/// The shape of the solution, guarded: Core and Discord depend on nothing of ours, nothing but the host and its tests
/// depends on the host (a <c>FandomBot.Replay</c> assembly, when there is one, included), features do not import each
/// other except through the named seams below, and the plumbing never imports a feature.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>
    /// The one-way seams between features, each with its reason. A new seam is a design decision: add it here, with
    /// why, and never its reverse.
    /// </summary>
    private static readonly Dictionary<(string From, string To), string> Seams = new()
    {
        [("Reminders", "Quotes")] = "a reminder (and /reminder) shows a sourced quote the way /quote does (QuoteEmbed)",
    };

    /// <summary>Folders of the host that are plumbing: they serve features and must not know any.</summary>
    private static readonly string[] Plumbing = ["Interactions", "Gateway", "Health", "Diagnostics", "Localization", "Detectors"];

    [Fact]
    public void Core_references_no_assembly_of_ours()
    {
        Assert.Empty(OurReferences(typeof(FandomBot.Core.Quotes.QuoteLibrary).Assembly));
    }

    [Fact]
    public void Discord_references_no_assembly_of_ours()
    {
        Assert.Empty(OurReferences(typeof(FandomBot.Discord.Models.Snowflake).Assembly));
    }

    [Fact]
    public void Storage_references_no_assembly_of_ours()
    {
        Assert.Empty(OurReferences(typeof(FandomBot.Storage.ISettingsStore).Assembly));
    }

    [Fact]
    public void No_library_of_ours_references_the_host()
    {
        var host = typeof(FandomBot.Interactions.SlashCommandCatalog).Assembly.GetName().Name;
        var libraries = new List<Assembly>
        {
            typeof(FandomBot.Core.Quotes.QuoteLibrary).Assembly,
            typeof(FandomBot.Discord.Models.Snowflake).Assembly,
            typeof(FandomBot.Storage.ISettingsStore).Assembly,
        };
        if (TryLoad("FandomBot.Replay") is { } replay)
        {
            libraries.Add(replay);
        }

        Assert.All(libraries, library => Assert.DoesNotContain(host, OurReferences(library)));
    }

    [Fact]
    public void Features_import_each_other_only_through_named_seams()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "FandomBot", "Features");
        var crossings = new List<string>();
        foreach (var folder in Directory.GetDirectories(features))
        {
            var from = Path.GetFileName(folder);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                foreach (var to in FeaturesNamedIn(File.ReadAllText(file)).Where(to => to != from && !Seams.ContainsKey((from, to))))
                {
                    crossings.Add($"{Path.GetRelativePath(features, file)} imports feature {to}");
                }
            }
        }

        Assert.True(Directory.GetDirectories(features).Length >= 4, "the Features folder was not found where it should be");
        Assert.Empty(crossings);
    }

    [Fact]
    public void Seams_point_one_way()
    {
        Assert.DoesNotContain(Seams.Keys, seam => Seams.ContainsKey((seam.To, seam.From)));
    }

    [Fact]
    public void Plumbing_imports_no_feature()
    {
        var host = Path.Combine(RepositoryRoot(), "src", "FandomBot");
        var crossings = Plumbing
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(host, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => FeaturesNamedIn(File.ReadAllText(file)).Any() || File.ReadAllText(file).Contains("FandomBot.Features;", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(host, file))
            .ToList();

        Assert.Empty(crossings);
    }

    [Fact]
    public void The_guard_sees_a_feature_import_when_there_is_one()
    {
        const string source = "using FandomBot.Features.Quotes;\nnamespace FandomBot.Features.People;\nclass A { FandomBot.Features.Reminders.X x; }";

        Assert.Equal(["People", "Quotes", "Reminders"], FeaturesNamedIn(source).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> FeaturesNamedIn(string source) =>
        FeatureName().Matches(source).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal);

    private static List<string> OurReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(reference => reference.Name!).Where(name => name.StartsWith("FandomBot", StringComparison.Ordinal))];

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FandomBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("FandomBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"FandomBot\.Features\.([A-Za-z]+)")]
    private static partial Regex FeatureName();
}
