using System.Diagnostics;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Rest;
using Xunit;

namespace FandomBot.EndToEnd.Tests;

/// <summary>
/// The Docker image built from our Dockerfile (by .ci/run, with podman), run as an operator runs it: non-root, a clear
/// exit without a token, READY against the fake Discord on the host network, an answered /quote, a healthy health
/// check, and a clean stop on SIGTERM; and run locked down as the Kubernetes pod runs it.
/// </summary>
public sealed class ContainerTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task The_image_runs_as_a_non_root_user_and_without_a_token_exits_2_with_the_message()
    {
        var image = RequireImage();

        var (idExit, uid, _) = await Podman.RunAsync(Minute, "run", "--rm", "--network", "none", "--entrypoint", "id", image, "-u");
        var (exitCode, _, error) = await Podman.RunAsync(Minute, "run", "--rm", "--network", "none", image);

        Assert.Equal(0, idExit);
        Assert.NotEqual("0", uid.Trim());
        Assert.Equal(2, exitCode);
        Assert.Contains("DISCORD_TOKEN", error, StringComparison.Ordinal);
        Assert.Contains("Message Content intent", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_token_the_container_reaches_ready_answers_quote_is_healthy_and_stops_cleanly_on_sigterm()
    {
        var image = RequireImage();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: cancellationToken);
        discord.Gateway.AddGuild(42UL << 22, "Container guild");
        var name = $"fandombot-e2e-{Guid.NewGuid():N}";
        try
        {
            var (runExit, _, runError) = await Podman.RunAsync(Minute,
                "run", "-d", "--name", name, "--network", "host",
                "-e", "DISCORD_TOKEN=MTAwMDAwMDAwMDAwMDAwMDAx.container.test-token",
                "-e", $"Discord__ApiBaseUrl={discord.ApiBaseUrl}",
                image);
            Assert.True(runExit == 0, runError);

            using var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ready.CancelAfter(TimeSpan.FromSeconds(60));
            await discord.Gateway.WaitUntilAsync(g => g.Sessions.Count > 0, ready.Token);

            await discord.Gateway.SendInteractionAsync(42UL << 22, 4242, "quote");
            var answer = await discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.InteractionCallback, TimeSpan.FromSeconds(30), cancellationToken);
            Assert.Equal(4, (int?)answer.Body?["type"]);
            Assert.NotNull(answer.Body?["data"]?["embeds"]?[0]?["description"]);
            Assert.Empty(answer.Body!["data"]!["allowed_mentions"]!["parse"]!.AsArray());

            // The status file is rewritten within a second of READY; give the health check a few tries.
            var healthy = false;
            for (var attempt = 0; attempt < 20 && !healthy; attempt++)
            {
                healthy = (await Podman.RunAsync(Minute, "healthcheck", "run", name)).ExitCode == 0;
                if (!healthy)
                {
                    await Task.Delay(500, cancellationToken);
                }
            }

            Assert.True(healthy, "podman healthcheck run never said healthy");

            var stopwatch = Stopwatch.StartNew();
            var (stopExit, _, stopError) = await Podman.RunAsync(Minute, "stop", "-t", "10", name);
            stopwatch.Stop();
            var (_, exitCode, _) = await Podman.RunAsync(Minute, "inspect", name, "--format", "{{.State.ExitCode}}");

            Assert.True(stopExit == 0, stopError);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"podman stop took {stopwatch.Elapsed.TotalSeconds:0.0} s");
            Assert.Equal("0", exitCode.Trim());
        }
        finally
        {
            await Podman.RunAsync(Minute, "rm", "-f", "-i", name);
        }
    }

    /// <summary>
    /// The image under the same constraints as deploy/kubernetes puts it: read-only root with no writable /tmp, the
    /// non-root user, no capabilities, no privilege escalation, a writable /data only, the token as a file, a pod's
    /// host name, Discord__ShardIds=auto and the metrics endpoint on. If the bot wrote anywhere else, or could not find
    /// its shards, it would not get here.
    /// </summary>
    [Fact]
    public async Task Locked_down_as_the_kubernetes_pod_the_image_takes_its_auto_shards_is_ready_and_stops_cleanly()
    {
        var image = RequireImage();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: cancellationToken);
        discord.Rest.GatewayBot.MaxConcurrency = 2;
        discord.Gateway.AddGuild(43UL << 22, "Pod guild");
        var secrets = Directory.CreateTempSubdirectory("fandombot-secret-").FullName;
        await File.WriteAllTextAsync(Path.Combine(secrets, "token"), "MTAwMDAwMDAwMDAwMDAwMDAx.container.test-token\n", cancellationToken);
        if (OperatingSystem.IsLinux())
        {
            // A temporary folder is the owner's alone; the container's user 1654 must be able to enter it, as the
            // kubelet's secret volume (fsGroup) lets it.
            File.SetUnixFileMode(secrets, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var name = $"fandombot-e2e-pod-{Guid.NewGuid():N}";
        var metricsPort = Faults.MetricsPage.FreePort();
        try
        {
            var (runExit, _, runError) = await Podman.RunAsync(Minute,
                "run", "-d", "--name", name, "--network", "host", "--hostname", "fandombot-1",
                "--read-only", "--read-only-tmpfs=false", "--tmpfs", "/data:rw,U", // U: owned by the container's user, as fsGroup makes the pod's emptyDir
                "--user", "1654:1654", "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
                "-v", $"{secrets}:/run/secrets/discord:ro",
                "-e", "Discord__TokenFile=/run/secrets/discord/token",
                "-e", "Discord__ShardIds=auto",
                "-e", "Discord__ShardCount=2",
                "-e", "Discord__ProcessCount=2",
                "-e", $"Metrics__Port={metricsPort}",
                "-e", $"Discord__ApiBaseUrl={discord.ApiBaseUrl}",
                image);
            Assert.True(runExit == 0, runError);

            using var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ready.CancelAfter(TimeSpan.FromSeconds(60));
            await discord.Gateway.WaitUntilAsync(g => g.Sessions.Count > 0, ready.Token);
            Assert.Equal([1], discord.Gateway.Identifies.Select(i => i.Data!["shard"]![0]!.GetValue<int>()));

            // The probes, as the kubelet runs them: inside the container.
            var (readyExit, readyOutput) = (1, string.Empty);
            for (var attempt = 0; attempt < 20 && readyExit != 0; attempt++)
            {
                await Task.Delay(attempt == 0 ? 0 : 500, cancellationToken);
                (readyExit, readyOutput, _) = await Podman.RunAsync(Minute, "exec", name, "fandombot", "health", "--ready");
            }

            var (liveExit, liveOutput, _) = await Podman.RunAsync(Minute, "exec", name, "fandombot", "health", "--live");
            Assert.True(readyExit == 0, readyOutput);
            Assert.True(liveExit == 0, liveOutput);

            // The metrics endpoint a Prometheus scrapes, served by the unprivileged user without capabilities.
            using var http = new HttpClient();
            var metrics = await http.GetStringAsync(new Uri($"http://127.0.0.1:{metricsPort}/metrics"), cancellationToken);
            Assert.Contains("fandombot_", metrics, StringComparison.Ordinal);

            var (stopExit, _, stopError) = await Podman.RunAsync(Minute, "stop", "-t", "10", name);
            var (_, exitCode, _) = await Podman.RunAsync(Minute, "inspect", name, "--format", "{{.State.ExitCode}}");
            var (_, logs, logErrors) = await Podman.RunAsync(Minute, "logs", name);
            Assert.True(stopExit == 0, stopError);
            Assert.True(exitCode.Trim() == "0", logs + logErrors);
            Assert.DoesNotContain("Read-only file system", logs + logErrors, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await Podman.RunAsync(Minute, "rm", "-f", "-i", name);
            Directory.Delete(secrets, recursive: true);
        }
    }

    private static string RequireImage()
    {
        if (Podman.Image is { } image)
        {
            return image;
        }

        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must build the image first: .ci/run sets FANDOMBOT_TEST_IMAGE.");
        Assert.Skip("Set FANDOMBOT_TEST_IMAGE to an image built from the Dockerfile (.ci/run does) to run the container tests.");
        return string.Empty;
    }
}
