namespace FandomBot.Deploy.Tests;

/// <summary>Finds committed files from the test's output directory by walking up to the solution.</summary>
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

    /// <summary>deploy/kubernetes.</summary>
    public static string Kubernetes => Path.Combine(Root.Value, "deploy", "kubernetes");

    /// <summary>A file under the repository root, by its relative path.</summary>
    public static string At(string relative) => Path.Combine(Root.Value, relative);
}
