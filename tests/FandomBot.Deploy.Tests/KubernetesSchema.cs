using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FandomBot.Deploy.Tests;

/// <summary>
/// Reads rendered manifests the way the API server decodes them, and refuses what it would refuse: each object goes
/// into KubernetesClient's typed model of its apiVersion and kind with unknown fields refused (a misspelled field is an
/// error here, where <c>kubectl kustomize</c> passes it through and a lenient reader drops it), and every scalar is
/// checked against the type the API declares for it (a bare <c>16</c> where a string belongs, or a quoted <c>"4"</c>
/// where a number belongs, is what YAML-to-JSON turns into a JSON type error when the manifest is applied).
/// </summary>
internal static partial class KubernetesSchema
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> PropertiesByType = new();

    /// <summary>Every object of the multi-document YAML, typed; throws <see cref="ManifestSchemaException"/> on the first problem.</summary>
    public static IReadOnlyList<object> Load(string yaml, string source)
    {
        List<object> objects;
        try
        {
            objects = KubernetesYaml.LoadAllFromString(yaml, typeMap: null, strict: true);
        }
        catch (YamlException e)
        {
            throw new ManifestSchemaException($"{source}, line {e.Start.Line}: {Innermost(e).Message}", e);
        }
        catch (KeyNotFoundException e)
        {
            // KubernetesClient's map of apiVersion/kind to model has no such entry: a misspelled kind or group.
            throw new ManifestSchemaException($"{source}: not a Kubernetes API type ({e.Message})", e);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var documents = stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
        if (documents.Count != objects.Count)
        {
            throw new ManifestSchemaException($"{source}: {documents.Count} YAML documents but {objects.Count} objects");
        }

        List<string> problems = [];
        for (var i = 0; i < objects.Count; i++)
        {
            var name = objects[i] is IKubernetesObject<V1ObjectMeta> typed ? $"{typed.Kind} {typed.Metadata?.Name}" : objects[i].GetType().Name;
            CheckScalars(documents[i], objects[i].GetType(), $"{source}: {name}: ", problems);
        }

        return problems.Count == 0 ? objects : throw new ManifestSchemaException(string.Join(Environment.NewLine, problems));
    }

    private static void CheckScalars(YamlNode node, Type type, string path, List<string> problems)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(IntOrString) || type == typeof(ResourceQuantity) || type == typeof(object))
        {
            // Either form is valid for these.
            return;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                CheckScalar(scalar, type, path, problems);
                break;
            case YamlSequenceNode sequence when ElementType(type, typeof(IList<>)) is { } itemType:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    CheckScalars(sequence.Children[i], itemType, $"{path}[{i}]", problems);
                }

                break;
            case YamlMappingNode map when ElementType(type, typeof(IDictionary<,>)) is { } valueType:
                foreach (var (key, value) in map.Children)
                {
                    CheckScalars(value, valueType, $"{path}.{key}", problems);
                }

                break;
            case YamlMappingNode map:
                var properties = PropertiesOf(type);
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && properties.TryGetValue(name, out var property))
                    {
                        CheckScalars(value, property.PropertyType, path.EndsWith(": ", StringComparison.Ordinal) ? path + name : $"{path}.{name}", problems);
                    }
                }

                break;
            default:
                break;
        }
    }

    private static void CheckScalar(YamlScalarNode scalar, Type type, string path, List<string> problems)
    {
        var plain = scalar.Style == ScalarStyle.Plain;
        var value = scalar.Value ?? string.Empty;
        if (type == typeof(string) && plain && (BooleanLiteral().IsMatch(value) || NumberLiteral().IsMatch(value)))
        {
            problems.Add($"{path} is the bare {value}, which YAML reads as a number or boolean, but the API wants a string: quote it (\"{value}\")");
        }
        else if ((type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(bool)) && !plain)
        {
            problems.Add($"{path} is the string \"{value}\", but the API wants a {(type == typeof(bool) ? "boolean" : "number")}: write it without quotes");
        }
    }

    /// <summary>T of a property typed IList&lt;T&gt; or IDictionary&lt;string, T&gt; (or a type implementing them).</summary>
    private static Type? ElementType(Type type, Type generic)
    {
        var match = type.IsGenericType && type.GetGenericTypeDefinition() == generic
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);
        return match?.GetGenericArguments()[^1];
    }

    private static IReadOnlyDictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        PropertiesByType.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, StringComparer.Ordinal));

    private static Exception Innermost(Exception e) => e.InnerException is YamlException inner ? Innermost(inner) : e;

    // What YAML 1.1 (the YAML-to-JSON step of kubectl) reads as a boolean or a number rather than a string.
    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BooleanLiteral();

    [GeneratedRegex(@"^([-+]?(0|[1-9][0-9_]*)|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex NumberLiteral();
}
