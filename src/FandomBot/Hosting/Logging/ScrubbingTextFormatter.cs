using Serilog.Events;
using Serilog.Formatting;

namespace FandomBot.Hosting.Logging;

/// <summary>
/// Formats an event with another formatter, then masks secrets in the finished text. The enricher cleans properties,
/// but an exception's message and stack trace (a URL with an interaction token in it, a token inside an inner
/// exception) are only rendered here, so every sink of the bot writes through this.
/// </summary>
internal sealed class ScrubbingTextFormatter(ITextFormatter inner, SecretScrubbingEnricher scrubber) : ITextFormatter
{
    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        inner.Format(logEvent, buffer);
        output.Write(scrubber.MaskText(buffer.ToString()));
    }
}
