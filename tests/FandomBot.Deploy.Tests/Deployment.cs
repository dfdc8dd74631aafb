using System.Collections.Concurrent;
using k8s.Models;
using Xunit;

namespace FandomBot.Deploy.Tests;

/// <summary>One kustomization under deploy/kubernetes (the base or an overlay), rendered and read as typed objects.</summary>
internal sealed class Deployment
{
    private static readonly ConcurrentDictionary<string, Task<Deployment>> Rendered = new();

    private Deployment(string name, IReadOnlyList<object> objects)
    {
        Name = name;
        Objects = objects;
    }

    /// <summary>Its folder relative to deploy/kubernetes, e.g. <c>overlays/example</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<object> Objects { get; }

    /// <summary>The one StatefulSet: the bot.</summary>
    public V1StatefulSet StatefulSet => Assert.Single(Objects.OfType<V1StatefulSet>());

    public V1Container Bot => Assert.Single(StatefulSet.Spec.Template.Spec.Containers, c => c.Name == "fandombot");

    public V1Service Service => Assert.Single(Objects.OfType<V1Service>());

    public V1PodDisruptionBudget DisruptionBudget => Assert.Single(Objects.OfType<V1PodDisruptionBudget>());

    /// <summary>The base and every overlay, so that a new overlay is checked without anyone listing it here.</summary>
    public static TheoryData<string> All()
    {
        var overlays = Path.Combine(RepositoryFiles.Kubernetes, "overlays");
        return new TheoryData<string>(
            ["base", .. Directory.GetDirectories(overlays).Select(d => "overlays/" + Path.GetFileName(d)).Order(StringComparer.Ordinal)]);
    }

    public static Task<Deployment> RenderAsync(string name) => Rendered.GetOrAdd(name, async n =>
    {
        var yaml = await Kustomize.RenderAsync(Path.Combine(RepositoryFiles.Kubernetes, n));
        return new Deployment(n, KubernetesSchema.Load(yaml, n));
    });

    /// <summary>The value of the bot's environment variable, or null when it has none or takes it from elsewhere.</summary>
    public string? Env(string name) => Bot.Env?.SingleOrDefault(e => e.Name == name)?.Value;
}
