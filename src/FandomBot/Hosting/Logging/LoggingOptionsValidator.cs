using Microsoft.Extensions.Options;

namespace FandomBot.Hosting.Logging;

internal sealed class LoggingOptionsValidator : IValidateOptions<LoggingOptions>
{
    public ValidateOptionsResult Validate(string? name, LoggingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!LoggingOptions.ConsoleFormats.Contains(options.Console))
        {
            return ValidateOptionsResult.Fail($"Logging:Console must be one of {string.Join(", ", LoggingOptions.ConsoleFormats)} (got '{options.Console}')");
        }

        return string.IsNullOrWhiteSpace(options.FilePath) || CannotWrite(AppPaths.ResolveData(options.FilePath)) is not { } problem
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Logging:FilePath cannot be written ({problem})");
    }

    /// <summary>
    /// Why a log file in that place cannot be written, or null when it can. The file sink would otherwise fail
    /// silently (Serilog's self-log is off) and the bot would run without the log the operator asked for.
    /// </summary>
    private static string? CannotWrite(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            Directory.CreateDirectory(folder);

            // The rolling sink writes beside the given name (with the date inserted), so the folder is what must be writable.
            var probe = Path.Combine(folder, $".fandombot-log-probe-{Environment.ProcessId}");
            using (new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"'{path}': {e.Message}";
        }
    }
}
