using System.Globalization;

namespace FandomBot.LoadDriver;

/// <summary>
/// A process's resident set now (VmRSS) and at its peak (VmHWM), from <c>/proc/PID/status</c>, with the split of the
/// resident set into anonymous memory (GC heap, JIT code, native allocations) and file-backed pages (mapped assemblies
/// and native libraries): it says whether to look at the heap or at what is loaded.
/// </summary>
internal sealed record ProcessMemory(long RssKilobytes, long PeakKilobytes, long AnonymousKilobytes, long FileKilobytes, long SharedKilobytes)
{
    public double AnonymousMegabytes => AnonymousKilobytes / 1024.0;

    public double FileMegabytes => FileKilobytes / 1024.0;

    /// <summary>Shared memory: with W^X on (the default) the runtime maps its JIT code twice through a memfd, counted here.</summary>
    public double SharedMegabytes => SharedKilobytes / 1024.0;

    public double RssMegabytes => RssKilobytes / 1024.0;

    public double PeakMegabytes => PeakKilobytes / 1024.0;

    public static ProcessMemory Read(int processId)
    {
        long rss = 0, peak = 0, anonymous = 0, file = 0, shared = 0;
        foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anonymous = Kilobytes(line);
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                file = Kilobytes(line);
            }
            else if (line.StartsWith("RssShmem:", StringComparison.Ordinal))
            {
                shared = Kilobytes(line);
            }
        }

        return new ProcessMemory(rss, peak, anonymous, file, shared);
    }

    /// <summary>The mapped files holding the most resident memory, largest first, from <c>/proc/PID/smaps</c>.</summary>
    public static IReadOnlyList<(string File, double Megabytes)> LargestFiles(int processId, int count)
    {
        var byFile = new Dictionary<string, long>();
        string? current = null;
        foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/smaps"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0 && parts[0].Contains('-', StringComparison.Ordinal) && !parts[0].EndsWith(':'))
            {
                current = parts.Length >= 6 ? Path.GetFileName(parts[5]) : "[anonymous]";
            }
            else if (current is not null && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                byFile[current] = byFile.GetValueOrDefault(current) + Kilobytes(line);
            }
        }

        return [.. byFile.OrderByDescending(f => f.Value).Take(count).Select(f => (f.Key, f.Value / 1024.0))];
    }

    // "VmRSS:\t   51234 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
}
