namespace FandomBot.Diagnostics;

/// <summary>Traces of the reminder path (<see cref="BotTracing"/>): off unless <c>Tracing:Enabled</c> is true.</summary>
internal sealed class TracingOptions
{
    public const string SectionName = "Tracing";

    /// <summary>Whether the bot records spans and exports them (over OTLP, to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).</summary>
    public bool Enabled { get; set; }

    /// <summary>The share of messages traced, 0 to 1: a busy bot sees thousands a second, and a sample tells the same story.</summary>
    public double SampleRatio { get; set; } = 1.0;
}
