using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Formatting.Compact;

namespace FandomBot.Hosting.Logging;

internal static class LoggingServiceCollectionExtensions
{
    private const string TextTemplate = "{Timestamp:HH:mm:ss} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog as the host's logger: levels from <c>Serilog:MinimumLevel</c>, the console as
    /// <c>Logging:Console</c> says, the optional rolling file, and every known secret scrubbed from every event.
    /// </summary>
    public static IServiceCollection AddFandomBotLogging(this IServiceCollection services, IConfiguration configuration, IEnumerable<string> secrets)
    {
        var options = configuration.GetSection(LoggingOptions.SectionName).Get<LoggingOptions>() ?? new LoggingOptions();
        var scrubber = new SecretScrubbingEnricher(secrets);
        return services.AddSerilog((_, logger) => Configure(logger, configuration, options, scrubber), preserveStaticLogger: true);
    }

    /// <summary>Applies the FandomBot logging rules to a Serilog configuration (the host and tests share this).</summary>
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, LoggingOptions options, SecretScrubbingEnricher scrubber)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(options);
        LogLevelSettings.Apply(logger, configuration)
            .Destructure.With<SecretRedactingDestructuringPolicy>()
            .Enrich.FromLogContext()
            .Enrich.With(scrubber);

        switch (options.Console)
        {
            case "json":
                logger.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: Serilog.Events.LogEventLevel.Error);
                break;
            case "text":
                logger.WriteTo.Console(outputTemplate: TextTemplate, standardErrorFromLevel: Serilog.Events.LogEventLevel.Error, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                break;
        }

        if (!string.IsNullOrWhiteSpace(options.FilePath))
        {
            logger.WriteTo.File(
                AppPaths.ResolveData(options.FilePath),
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}",
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 7,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        return logger;
    }
}
