namespace FandomBot.Hosting;

/// <summary>
/// Resolves the relative paths of configuration (<c>config/quotes.json</c>, <c>config/fandoms</c>, <c>data/…</c>).
/// Committed files under <c>config/</c> are copied beside the program at build, so they are found from the program's
/// own directory whatever the working directory is; data paths are relative to the working directory, as people expect.
/// </summary>
internal static class AppPaths
{
    /// <summary>The directory that holds the program and its copied <c>config/</c> folder.</summary>
    public static string ProgramDirectory => AppContext.BaseDirectory;

    /// <summary>The directory of the layered <c>appsettings*.json</c> files (overridable for tests and containers).</summary>
    public static string ConfigDirectory =>
        Environment.GetEnvironmentVariable("FANDOMBOT_CONFIG_DIR") is { Length: > 0 } dir ? dir : Path.Combine(ProgramDirectory, "config");

    /// <summary>
    /// A configured path to a shipped file or folder: absolute as given; a relative one is taken from the working
    /// directory when it exists there (so an edited <c>config/quotes.json</c> in a checkout counts without a rebuild),
    /// otherwise from the program's directory.
    /// </summary>
    public static string ResolveShipped(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromWorkingDirectory = Path.GetFullPath(path);
        return File.Exists(fromWorkingDirectory) || Directory.Exists(fromWorkingDirectory)
            ? fromWorkingDirectory
            : Path.GetFullPath(Path.Combine(ProgramDirectory, path));
    }

    /// <summary>A configured path to a file the bot writes: absolute as given, otherwise relative to the working directory.</summary>
    public static string ResolveData(string path) => Path.GetFullPath(path);
}
