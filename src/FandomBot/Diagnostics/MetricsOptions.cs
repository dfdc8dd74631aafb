namespace FandomBot.Diagnostics;

/// <summary>The optional Prometheus endpoint: off unless <c>Metrics:Port</c> is set.</summary>
internal sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The port of <c>http://host:port/metrics</c>; empty or 0 = no endpoint.</summary>
    public int? Port { get; set; }

    /// <summary>Where to listen: <c>+</c> (every interface, for a container) or an address such as 127.0.0.1.</summary>
    public string Host { get; set; } = "+";
}
