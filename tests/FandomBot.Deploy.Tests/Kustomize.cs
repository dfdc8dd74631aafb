using System.Diagnostics;
using Xunit;

namespace FandomBot.Deploy.Tests;

/// <summary>
/// <c>kubectl kustomize DIR</c>: renders a kustomization offline, exactly as <c>kubectl apply -k</c> would before
/// sending it, without a cluster. Without kubectl the tests skip with the reason; under <c>CI=true</c> they fail
/// instead, because CI installs it (.ci/run).
/// </summary>
internal static class Kustomize
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<string> RenderAsync(string directory)
    {
        var kubectl = RequireKubectl();
        var info = new ProcessStartInfo(kubectl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("kustomize");
        info.ArgumentList.Add(directory);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("kubectl did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"kubectl kustomize {directory} exited {process.ExitCode}: {await error}");
    }

    private static string RequireKubectl()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "kubectl"))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must install kubectl first (.ci/run does: apt-get install kubectl).");
        Assert.Skip("kubectl is not on the PATH, so the Kubernetes manifests cannot be rendered: install it (apt-get install kubectl, as .ci/run does) to run these tests.");
        return string.Empty;
    }
}
