using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace FandomBot.Hosting.Logging;

internal static class LoggingServiceCollectionExtensions
{
    private const string TextTemplate = "{Timestamp:HH:mm:ss} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog as the host's logger: levels from <c>Serilog:MinimumLevel</c>, the console as
    /// <c>Logging:Console</c> says, the optional rolling file, and every known secret scrubbed from every event.
    /// </summary>
    public static IServiceCollection AddFandomBotLogging(this IServiceCollection services, IConfiguration configuration, IEnumerable<string> secrets)
    {
        var options = configuration.GetSection(LoggingOptions.SectionName).Get<LoggingOptions>() ?? new LoggingOptions();
        var scrubber = new SecretScrubbingEnricher(secrets);
        services.AddSingleton(scrubber);
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
            .Enrich.With(scrubber)
            .Filter.ByExcluding(IsStorageStartFailureReportedByHost);

        switch (options.Console)
        {
            case "json" or "text":
                logger.WriteTo.Console(ConsoleFormatter(options.Console, scrubber), standardErrorFromLevel: Serilog.Events.LogEventLevel.Error);
                break;
            default:
                break;
        }

        if (!string.IsNullOrWhiteSpace(options.FilePath))
        {
            logger.WriteTo.File(
                new ScrubbingTextFormatter(new MessageTemplateTextFormatter(FileTemplate, System.Globalization.CultureInfo.InvariantCulture), scrubber),
                AppPaths.ResolveData(options.FilePath),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 7);
        }

        return logger;
    }

    /// <summary>
    /// The generic host logs a hosted service's failed start with its whole stack trace before rethrowing it. For a
    /// database that cannot be opened, <see cref="BotHost"/> says it in one line naming the key instead.
    /// </summary>
    private static bool IsStorageStartFailureReportedByHost(Serilog.Events.LogEvent logEvent) =>
        logEvent.Exception is { } exception
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is Serilog.Events.ScalarValue { Value: string context }
        && context.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal)
        && StartupErrors.DescribeStorage(exception) is not null;

    /// <summary>What the console sink writes with: the format chosen in <c>Logging:Console</c>, secrets masked in the finished text.</summary>
    public static ITextFormatter ConsoleFormatter(string format, SecretScrubbingEnricher scrubber)
    {
        ITextFormatter inner = format == "json"
            ? new CompactJsonFormatter()
            : new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture);
        return new ScrubbingTextFormatter(inner, scrubber);
    }
}
