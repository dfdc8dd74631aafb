using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Serilog.Core;
using Serilog.Events;

namespace FandomBot.Hosting.Logging;

/// <summary>
/// When an options object is logged with <c>{@Options}</c>, properties that hold secrets by their name (Token,
/// Password, ConnectionString, Secret) are shown as <c>(redacted)</c> instead of their value.
/// </summary>
internal sealed class SecretRedactingDestructuringPolicy : IDestructuringPolicy
{
    private static readonly string[] SecretNameParts = ["Token", "Password", "Secret", "ConnectionString"];

    // Reflection over whatever object is logged: in the NativeAOT build a trimmed type may show fewer properties (or
    // none), which only makes the structure smaller; it never shows a secret, because SecretScrubbingEnricher still
    // replaces every known secret value in every event.
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Fewer properties is safe: see the comment above.")]
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, out LogEventPropertyValue result)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(propertyValueFactory);
        var type = value.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        if (!properties.Any(IsSecret))
        {
            result = null!;
            return false;
        }

        result = new StructureValue(
            properties.Where(p => p.GetIndexParameters().Length == 0).Select(p => new LogEventProperty(
                p.Name,
                IsSecret(p) ? new ScalarValue(p.GetValue(value) is null ? null : "(redacted)") : propertyValueFactory.CreatePropertyValue(p.GetValue(value), destructureObjects: true))),
            type.Name);
        return true;
    }

    private static bool IsSecret(PropertyInfo property) =>
        property.PropertyType == typeof(string) && SecretNameParts.Any(part => property.Name.Contains(part, StringComparison.OrdinalIgnoreCase))
        && !property.Name.EndsWith("File", StringComparison.Ordinal);
}
