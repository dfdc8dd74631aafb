using System.Diagnostics;

namespace FandomBot.EndToEnd.Tests;

/// <summary>Runs podman (the Docker stand-in on these machines) and returns its exit code and output.</summary>
internal static class Podman
{
    /// <summary>The image .ci/run built from our Dockerfile; the container tests need it.</summary>
    public static string? Image => Environment.GetEnvironmentVariable("FANDOMBOT_TEST_IMAGE") is { Length: > 0 } image ? image : null;

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TimeSpan timeout, params string[] arguments)
    {
        var info = new ProcessStartInfo("podman")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // No systemd here: podman would print an error line for every health check without this.
        info.Environment["DISABLE_HC_SYSTEMD"] = "true";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        return (process.ExitCode, await output, await error);
    }
}
