using Microsoft.Extensions.Options;

namespace FandomBot.Health;

internal sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.StatusFile))
        {
            return ValidateOptionsResult.Fail("Health:StatusFile must name a file (e.g. data/status.json)");
        }

        var minimum = (int)(HealthOptions.WriteInterval.TotalSeconds * 2);
        return options.MaxAgeSeconds < minimum || options.MaxAgeSeconds > 3600
            ? ValidateOptionsResult.Fail($"Health:MaxAgeSeconds must be between {minimum} and 3600 (got {options.MaxAgeSeconds})")
            : ValidateOptionsResult.Success;
    }
}
