using Serilog.Core;
using Serilog.Events;

namespace FandomBot.Hosting.Logging;

/// <summary>
/// Replaces any known secret (the bot token, database passwords) found in a log event's property values with
/// <c>***</c>. Message templates are constant text in our code, so the properties are where a secret could slip in:
/// this makes "never log a token" hold even for a careless log call, not only for the careful ones.
/// </summary>
internal sealed class SecretScrubbingEnricher(IEnumerable<string> secrets) : ILogEventEnricher
{
    private const string Mask = "***";

    // Short values would mask ordinary words; real tokens and passwords are long.
    private readonly string[] _secrets = [.. secrets.Where(s => s.Length >= 8).Distinct(StringComparer.Ordinal)];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (_secrets.Length == 0)
        {
            return;
        }

        foreach (var (name, value) in logEvent.Properties.ToArray())
        {
            if (Scrub(value) is { } clean)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, clean));
            }
        }
    }

    /// <summary>The value with every secret masked, or null when it held none.</summary>
    private LogEventPropertyValue? Scrub(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when MaskSecrets(text) is { } masked => new ScalarValue(masked),
        ScalarValue { Value: not null and not string } scalar when MaskSecrets(scalar.Value.ToString() ?? string.Empty) is { } masked => new ScalarValue(masked),
        SequenceValue sequence when sequence.Elements.Select(Scrub).ToArray() is var elements && elements.Any(e => e is not null) =>
            new SequenceValue(elements.Select((e, i) => e ?? sequence.Elements[i])),
        StructureValue structure when structure.Properties.Select(p => Scrub(p.Value)).ToArray() is var values && values.Any(v => v is not null) =>
            new StructureValue(structure.Properties.Select((p, i) => new LogEventProperty(p.Name, values[i] ?? p.Value)), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Select(kv => Scrub(kv.Value)).ToArray() is var values && values.Any(v => v is not null) =>
            new DictionaryValue(dictionary.Elements.Select((kv, i) => new KeyValuePair<ScalarValue, LogEventPropertyValue>(kv.Key, values[i] ?? kv.Value))),
        _ => null,
    };

    private string? MaskSecrets(string text)
    {
        string? result = null;
        foreach (var secret in _secrets)
        {
            if ((result ?? text).Contains(secret, StringComparison.Ordinal))
            {
                result = (result ?? text).Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return result;
    }
}
