using System.Text.Json;
using FandomBot.Cli;
using FandomBot.Diagnostics;
using FandomBot.Gateway;
using FandomBot.Health;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace FandomBot.Deploy.Tests;

/// <summary>The rendered StatefulSet agrees with the bot it runs: its shard split, probes, shutdown, files, port and secrets.</summary>
public sealed class StatefulSetTests
{
    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task Every_pod_takes_its_share_of_the_shards_by_the_statefulsets_own_replicas(string kustomization)
    {
        var deployment = await Deployment.RenderAsync(kustomization);
        var replicas = deployment.StatefulSet.Spec.Replicas ?? 1;

        Assert.Equal("auto", deployment.Env("Discord__ShardIds"));
        Assert.Equal(replicas.ToString(System.Globalization.CultureInfo.InvariantCulture), deployment.Env("Discord__ProcessCount"));
        Assert.True(int.Parse(deployment.Env("Discord__ShardCount")!, System.Globalization.CultureInfo.InvariantCulture) >= replicas, "fewer shards than pods: a pod would have none");
        Assert.Null(deployment.Env("Discord__ProcessIndex"));
        Assert.Equal("Parallel", deployment.StatefulSet.Spec.PodManagementPolicy);
    }

    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task The_probes_ask_the_health_command_questions_it_understands(string kustomization)
    {
        var bot = (await Deployment.RenderAsync(kustomization)).Bot;

        Assert.Equal(["fandombot", "health", "--ready"], bot.ReadinessProbe.Exec.Command);
        Assert.Equal(["fandombot", "health", "--live"], bot.LivenessProbe.Exec.Command);
        Assert.Equal(["fandombot", "health", "--live"], bot.StartupProbe.Exec.Command);
        foreach (var command in new[] { bot.ReadinessProbe, bot.LivenessProbe, bot.StartupProbe }.Select(p => p.Exec.Command))
        {
            Assert.Empty(FandomBotCommandLine.Create().Parse([.. command.Skip(1)]).Errors);
        }

        // Liveness gives up only after the status file has missed more than one rewrite.
        Assert.True(bot.LivenessProbe.PeriodSeconds * bot.LivenessProbe.FailureThreshold > HealthOptions.WriteInterval.TotalSeconds * 2);
    }

    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task The_grace_period_outlasts_the_hosts_shutdown_which_bounds_the_drain(string kustomization)
    {
        var grace = TimeSpan.FromSeconds((await Deployment.RenderAsync(kustomization)).StatefulSet.Spec.Template.Spec.TerminationGracePeriodSeconds ?? 30);
        var hostShutdown = new HostOptions().ShutdownTimeout;

        Assert.True(BotEventLoop.DrainTimeout < hostShutdown);
        Assert.True(grace > hostShutdown, $"the kubelet would kill the bot after {grace.TotalSeconds} s, before the host's own {hostShutdown.TotalSeconds} s");
    }

    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task Runs_as_non_root_on_a_read_only_root_and_writes_only_to_its_volumes(string kustomization)
    {
        var deployment = await Deployment.RenderAsync(kustomization);
        var pod = deployment.StatefulSet.Spec.Template.Spec;
        var container = deployment.Bot.SecurityContext;

        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.NotEqual(0, pod.SecurityContext.RunAsUser);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.True(container.ReadOnlyRootFilesystem);
        Assert.False(container.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.Capabilities.Drop);
        Assert.False(pod.AutomountServiceAccountToken);

        // What the image's configuration makes the bot write: the status file, and SQLite's file when it is used.
        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryFiles.At("config/appsettings.Container.json"), TestContext.Current.CancellationToken));
        var statusFile = settings.RootElement.GetProperty("Health").GetProperty("StatusFile").GetString()!;
        var sqliteFile = settings.RootElement.GetProperty("Storage").GetProperty("ConnectionString").GetString()!.Split('=', 2)[1];
        Assert.Null(deployment.Env("Health__StatusFile"));
        Assert.Null(deployment.Env("Logging__FilePath"));
        foreach (var written in new[] { statusFile, sqliteFile })
        {
            var mount = Assert.Single(deployment.Bot.VolumeMounts, m => written.StartsWith(m.MountPath + "/", StringComparison.Ordinal));
            Assert.NotEqual(true, mount.ReadOnlyProperty);
            Assert.NotNull(Assert.Single(pod.Volumes, v => v.Name == mount.Name).EmptyDir);
        }
    }

    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task The_token_and_the_database_come_from_secrets(string kustomization)
    {
        var deployment = await Deployment.RenderAsync(kustomization);
        var pod = deployment.StatefulSet.Spec.Template.Spec;

        var tokenFile = deployment.Env("Discord__TokenFile")!;
        var mount = Assert.Single(deployment.Bot.VolumeMounts, m => tokenFile.StartsWith(m.MountPath + "/", StringComparison.Ordinal));
        Assert.True(mount.ReadOnlyProperty);
        var secret = Assert.Single(pod.Volumes, v => v.Name == mount.Name).Secret;
        Assert.Equal("fandombot-discord", secret.SecretName);
        Assert.Contains(secret.Items, item => mount.MountPath + "/" + item.Path == tokenFile);

        Assert.Equal("Postgres", deployment.Env("Storage__Provider"));
        var connection = Assert.Single(deployment.Bot.Env, e => e.Name == "Storage__ConnectionString");
        Assert.Null(connection.Value);
        Assert.Equal("fandombot-postgres", connection.ValueFrom.SecretKeyRef.Name);
        Assert.DoesNotContain(deployment.Bot.Env, e => e.Name is "DISCORD_TOKEN" or "Discord__Token");
    }

    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task Prometheus_is_pointed_at_the_port_the_bot_serves_its_metrics_on(string kustomization)
    {
        var deployment = await Deployment.RenderAsync(kustomization);
        var annotations = deployment.StatefulSet.Spec.Template.Metadata.Annotations;
        var port = deployment.Env("Metrics__Port")!;

        Assert.Equal("true", annotations["prometheus.io/scrape"]);
        Assert.Equal(port, annotations["prometheus.io/port"]);
        Assert.Equal("/metrics", annotations["prometheus.io/path"]);
        Assert.Contains(deployment.Bot.Ports, p => p.Name == "metrics" && p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port);
        Assert.Equal("+", new MetricsOptions().Host);
    }

    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task The_headless_service_and_the_disruption_budget_select_the_bots_pods(string kustomization)
    {
        var deployment = await Deployment.RenderAsync(kustomization);
        var podLabels = deployment.StatefulSet.Spec.Template.Metadata.Labels;

        Assert.Equal("None", deployment.Service.Spec.ClusterIP);
        Assert.Equal(deployment.Service.Metadata.Name, deployment.StatefulSet.Spec.ServiceName);
        Assert.Equal("metrics", Assert.Single(deployment.Service.Spec.Ports).TargetPort.Value);
        Assert.Equal("1", deployment.DisruptionBudget.Spec.MaxUnavailable.Value);
        foreach (var selector in new[] { deployment.Service.Spec.Selector, deployment.DisruptionBudget.Spec.Selector.MatchLabels, deployment.StatefulSet.Spec.Selector.MatchLabels })
        {
            Assert.NotEmpty(selector);
            Assert.All(selector, label => Assert.Equal(label.Value, podLabels[label.Key]));
        }
    }

    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task Cpu_and_memory_are_requested_and_limited(string kustomization)
    {
        var resources = (await Deployment.RenderAsync(kustomization)).Bot.Resources;

        foreach (var name in new[] { "cpu", "memory" })
        {
            Assert.True(resources.Requests[name].ToDecimal() <= resources.Limits[name].ToDecimal(), $"{name}: the request is above the limit");
        }

        // bench/RESULTS.md: the native build peaked at 157 MB (VmHWM) in a max-rate burst; the limit must hold it.
        Assert.True(resources.Limits["memory"].ToDecimal() >= 157m * 1000 * 1000);
    }
}
