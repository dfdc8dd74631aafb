namespace FandomBot.Replay.Reports;

/// <summary>
/// Whether a report path names the same file as an export: the report is written over its path, so
/// <c>--report general.json</c> (or a link to it) would replace the export with the report.
/// </summary>
internal static class ReportTarget
{
    public static bool IsSameFile(string reportPath, string exportPath)
    {
        ArgumentNullException.ThrowIfNull(reportPath);
        ArgumentNullException.ThrowIfNull(exportPath);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Resolve(reportPath), Resolve(exportPath), comparison);
    }

    /// <summary>The full path with a symbolic link (of the file or of its directory) followed to what it points at.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var directory = Path.GetDirectoryName(full);
            if (directory is not null && new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                full = Path.Combine(target.FullName, Path.GetFileName(full));
            }

            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }
}
