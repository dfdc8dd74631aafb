using System.Globalization;

namespace FandomBot.Discord.Sharding;

/// <summary>The ordinal a Kubernetes StatefulSet puts at the end of each pod's name (<c>fandombot-3</c> is 3).</summary>
public static class HostOrdinal
{
    /// <summary>
    /// The host name as the process sees it: <c>HOSTNAME</c> when set (Kubernetes and Docker set it to the pod's or
    /// container's name, the same as the kernel's), else the kernel's. The variable comes first so that a test can
    /// give a child process a pod's name, which the kernel's host name cannot be per process.
    /// </summary>
    public static string CurrentHostName =>
        Environment.GetEnvironmentVariable("HOSTNAME") is { Length: > 0 } name ? name : Environment.MachineName;

    /// <summary>
    /// The number after the last dash of the host name's first label: <c>fandombot-3</c> and
    /// <c>fandombot-3.fandombot.bots.svc.cluster.local</c> (a pod with <c>setHostnameAsFQDN</c>) are both 3.
    /// </summary>
    public static bool TryParse(string? hostName, out int ordinal)
    {
        ordinal = 0;
        if (string.IsNullOrWhiteSpace(hostName))
        {
            return false;
        }

        var label = hostName.Trim().Split('.')[0];
        var dash = label.LastIndexOf('-');
        return dash > 0 && int.TryParse(label.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out ordinal);
    }
}
