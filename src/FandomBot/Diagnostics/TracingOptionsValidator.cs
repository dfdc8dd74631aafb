using Microsoft.Extensions.Options;

namespace FandomBot.Diagnostics;

internal sealed class TracingOptionsValidator : IValidateOptions<TracingOptions>
{
    public ValidateOptionsResult Validate(string? name, TracingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.SampleRatio is >= 0 and <= 1
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Tracing:SampleRatio must be between 0 and 1 (got {options.SampleRatio.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
    }
}
