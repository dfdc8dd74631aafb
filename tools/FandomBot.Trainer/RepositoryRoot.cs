namespace FandomBot.Trainer;

/// <summary>The repository's root: the first folder above the current one (or above the binary) holding FandomBot.sln.</summary>
internal static class RepositoryRoot
{
    public static string? Find() => Above(Environment.CurrentDirectory) ?? Above(AppContext.BaseDirectory);

    private static string? Above(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FandomBot.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
