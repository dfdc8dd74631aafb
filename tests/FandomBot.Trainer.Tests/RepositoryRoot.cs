namespace FandomBot.Trainer.Tests;

/// <summary>The repository's root folder, found from the test's output directory.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FandomBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FandomBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => Root.Value;
}
