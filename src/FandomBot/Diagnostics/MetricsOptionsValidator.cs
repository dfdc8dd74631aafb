using Microsoft.Extensions.Options;

namespace FandomBot.Diagnostics;

internal sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Port is { } port && (port < 0 || port > 65535))
        {
            return ValidateOptionsResult.Fail($"Metrics:Port must be between 1 and 65535, or empty for no endpoint (got {port})");
        }

        return string.IsNullOrWhiteSpace(options.Host)
            ? ValidateOptionsResult.Fail("Metrics:Host must be + (every interface) or an address such as 127.0.0.1")
            : ValidateOptionsResult.Success;
    }
}
