using System.Globalization;

namespace FandomBot.LoadDriver;

/// <summary>A process's resident set now (VmRSS) and at its peak (VmHWM), from <c>/proc/PID/status</c>.</summary>
internal sealed record ProcessMemory(long RssKilobytes, long PeakKilobytes)
{
    public double RssMegabytes => RssKilobytes / 1024.0;

    public double PeakMegabytes => PeakKilobytes / 1024.0;

    public static ProcessMemory Read(int processId)
    {
        long rss = 0, peak = 0;
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
        }

        return new ProcessMemory(rss, peak);
    }

    // "VmRSS:\t   51234 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
}
