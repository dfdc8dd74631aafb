using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

namespace FandomBot.Hosting.Logging;

/// <summary>
/// Reads the log levels from the <c>Serilog:MinimumLevel</c> section, in Serilog.Settings.Configuration's shape
/// (<c>MinimumLevel</c> as a level, or <c>MinimumLevel:Default</c> and <c>MinimumLevel:Override:&lt;source&gt;</c>).
/// Our own reader rather than that package: it finds sinks by scanning assemblies with reflection at start-up, which
/// costs start time and does not work in the NativeAOT build; the sinks we ship are configured in code anyway.
/// </summary>
internal static class LogLevelSettings
{
    public const string SectionName = "Serilog:MinimumLevel";

    /// <summary>Applies the configured levels; a value that is not a level throws <see cref="ConfigurationException"/>.</summary>
    public static LoggerConfiguration Apply(LoggerConfiguration logger, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var level = section.Value ?? section["Default"];
        if (level is not null)
        {
            logger.MinimumLevel.Is(Parse(section.Value is null ? SectionName + ":Default" : SectionName, level));
        }

        foreach (var source in section.GetSection("Override").GetChildren())
        {
            if (source.Value is { } value)
            {
                logger.MinimumLevel.Override(source.Key, Parse($"{SectionName}:Override:{source.Key}", value));
            }
        }

        return logger;
    }

    private static LogEventLevel Parse(string key, string value) =>
        Enum.TryParse<LogEventLevel>(value.Trim(), ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : throw new ConfigurationException(key, $"'{value}' is not a log level (Verbose, Debug, Information, Warning, Error, Fatal).");
}
