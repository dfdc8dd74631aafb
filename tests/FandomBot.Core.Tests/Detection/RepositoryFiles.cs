namespace FandomBot.Core.Tests.Detection;

/// <summary>Finds committed files (packs, corpus) from the test's output directory by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FandomBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FandomBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string FandomPacks => Path.Combine(Root.Value, "config", "fandoms");

    public static string Corpus => Path.Combine(Root.Value, "tests", "FandomBot.Core.Tests", "Detection", "Corpus");
}
