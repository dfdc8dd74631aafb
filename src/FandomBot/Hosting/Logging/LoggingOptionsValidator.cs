using Microsoft.Extensions.Options;

namespace FandomBot.Hosting.Logging;

internal sealed class LoggingOptionsValidator : IValidateOptions<LoggingOptions>
{
    public ValidateOptionsResult Validate(string? name, LoggingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return LoggingOptions.ConsoleFormats.Contains(options.Console)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Logging:Console must be one of {string.Join(", ", LoggingOptions.ConsoleFormats)} (got '{options.Console}')");
    }
}
