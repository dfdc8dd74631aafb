using k8s.Models;
using Xunit;

namespace FandomBot.Deploy.Tests;

/// <summary>
/// deploy/kubernetes renders with <c>kubectl kustomize</c>, and every object it renders is one the Kubernetes API
/// accepts: known kinds, known field names, the right scalar types. The negative tests prove the check is not
/// vacuous by breaking a copy of the real base the way people break manifests.
/// </summary>
public sealed class ManifestSchemaTests
{
    [Theory]
    [MemberData(nameof(Deployment.All), MemberType = typeof(Deployment))]
    public async Task Every_rendered_object_is_a_valid_kubernetes_object(string kustomization)
    {
        var deployment = await Deployment.RenderAsync(kustomization);

        Assert.NotEmpty(deployment.Objects);
        Assert.All(deployment.Objects, o => Assert.IsAssignableFrom<k8s.IKubernetesObject<V1ObjectMeta>>(o));
        Assert.Equal(["PodDisruptionBudget", "Service", "StatefulSet"], deployment.Objects.Cast<k8s.IKubernetesObject>().Select(o => o.Kind).Where(k => k != "Namespace").Order());
    }

    [Fact]
    public async Task A_misspelled_field_name_in_a_manifest_fails_naming_the_field()
    {
        // readOnlyRootFileSystem for readOnlyRootFilesystem: kustomize renders it, a lenient reader drops it, and the
        // pod would run with a writable root file system.
        var error = await RenderBrokenBaseAsync("readOnlyRootFilesystem: true", "readOnlyRootFileSystem: true");

        Assert.Contains("'readOnlyRootFileSystem' not found on type 'k8s.Models.V1SecurityContext'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelled_field_at_the_top_of_the_pod_spec_fails_too()
    {
        var error = await RenderBrokenBaseAsync("terminationGracePeriodSeconds: 45", "terminationGracePeriodSecond: 45");

        Assert.Contains("'terminationGracePeriodSecond' not found on type 'k8s.Models.V1PodSpec'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_number_where_the_api_wants_a_string_fails_naming_the_path()
    {
        var error = await RenderBrokenBaseAsync("prometheus.io/port: \"9464\"", "prometheus.io/port: 9464");

        Assert.Contains("StatefulSet fandombot: spec.template.metadata.annotations.prometheus.io/port is the bare 9464", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_number_where_the_api_wants_a_number_fails_naming_the_path()
    {
        var error = await RenderBrokenBaseAsync("replicas: 1", "replicas: \"1\"");

        Assert.Contains("StatefulSet fandombot: spec.replicas is the string \"1\", but the API wants a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelled_kind_fails()
    {
        var error = await RenderBrokenBaseAsync("kind: PodDisruptionBudget", "kind: PodDisruptionBugdet", file: "poddisruptionbudget.yaml");

        Assert.Contains("not a Kubernetes API type", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Copies the base, makes one edit (which must apply: the text must be there), renders and reads it.</summary>
    private static async Task<ManifestSchemaException> RenderBrokenBaseAsync(string original, string broken, string file = "statefulset.yaml")
    {
        var copy = Directory.CreateTempSubdirectory("fandombot-kustomize-").FullName;
        try
        {
            foreach (var source in Directory.GetFiles(Path.Combine(RepositoryFiles.Kubernetes, "base")))
            {
                File.Copy(source, Path.Combine(copy, Path.GetFileName(source)));
            }

            var path = Path.Combine(copy, file);
            var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            Assert.Contains(original, text, StringComparison.Ordinal);
            await File.WriteAllTextAsync(path, text.Replace(original, broken, StringComparison.Ordinal), TestContext.Current.CancellationToken);

            var yaml = await Kustomize.RenderAsync(copy);
            return Assert.Throws<ManifestSchemaException>(() => KubernetesSchema.Load(yaml, "broken base"));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
