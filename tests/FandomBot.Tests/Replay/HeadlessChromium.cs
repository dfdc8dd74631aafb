using System.Diagnostics;

namespace FandomBot.Tests.Replay;

/// <summary>
/// Debian's <c>chromium</c>, run headless on a local page: it prints the page's DOM after it loaded (so a script in the
/// page can write its measurements there) and saves a screenshot. Nothing is fetched: the page is a local file.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser's path (<c>FANDOMBOT_CHROMIUM</c>, else the first of the usual names on PATH), or null.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("FANDOMBOT_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Loads <paramref name="page"/> in a window of the given size; returns the DOM after load and writes the screenshot.</summary>
    public static async Task<string> RenderAsync(string browser, string page, int width, int height, string screenshot, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("fandombot-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless",
                "--no-sandbox", // as root (CI), Chromium refuses to start with its sandbox
                "--disable-gpu",
                "--no-first-run",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                $"--user-data-dir={profile.FullName}",
                $"--window-size={width},{height}",
                $"--screenshot={screenshot}",
                "--dump-dom",
                new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{browser} did not start");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{browser} did not finish within {Timeout.TotalSeconds:0} s");
            }

            var dom = await output;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{browser} exited with {process.ExitCode}: {await errors}");
            }

            return dom;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A helper process still closing its files: the temp folder is cleaned by the system.
            }
        }
    }
}
