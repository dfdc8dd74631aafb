using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace FandomBot.Hosting.Logging;

/// <summary>
/// Replaces any known secret (the bot token, database passwords) found in a log event's property values with
/// <c>***</c>. Message templates are constant text in our code, so the properties are where a secret could slip in:
/// this makes "never log a token" hold even for a careless log call, not only for the careful ones. Interaction tokens
/// are secrets too (for 15 minutes they let anyone answer as the bot): the token part of a callback or webhook URL
/// (<c>/interactions/{id}/{token}/callback</c>, <c>/webhooks/{app}/{token}/…</c>) is masked wherever it appears.
/// Exception text is not a property: <see cref="ScrubbingTextFormatter"/> masks what the sinks finally write.
/// </summary>
internal sealed partial class SecretScrubbingEnricher(IEnumerable<string> secrets) : ILogEventEnricher
{
    private const string Mask = "***";

    // Short values would mask ordinary words; real tokens and passwords are long.
    private readonly string[] _secrets = [.. secrets.Where(s => s.Length >= 8).Distinct(StringComparer.Ordinal)];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
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

    /// <summary><paramref name="text"/> with every known secret and every interaction token in a URL masked.</summary>
    public string MaskText(string text) => MaskSecrets(text) ?? text;

    private string? MaskSecrets(string text)
    {
        string? result = null;
        if (text.Contains("/interactions/", StringComparison.Ordinal) || text.Contains("/webhooks/", StringComparison.Ordinal))
        {
            var masked = InteractionTokenInUrl().Replace(text, "${path}" + Mask);
            result = string.Equals(masked, text, StringComparison.Ordinal) ? null : masked;
        }

        foreach (var secret in _secrets)
        {
            if ((result ?? text).Contains(secret, StringComparison.Ordinal))
            {
                result = (result ?? text).Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<path>/(?:interactions|webhooks)/[0-9]+/)[^/\s?#""'*]+")]
    private static partial Regex InteractionTokenInUrl();
}
