using System.CommandLine;
using FandomBot.Health;
using FandomBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Cli;

/// <summary>
/// <c>fandombot health [--ready | --live]</c>: the container health check (Docker HEALTHCHECK; Kubernetes readiness
/// and liveness exec probes, which ask different questions: see <see cref="HealthProbe"/>).
/// </summary>
internal static class HealthCommand
{
    public static Command Create(TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        var ready = new Option<bool>("--ready")
        {
            Description = "Readiness (the default): the status file is fresh and every shard this process owns is READY or RESUMED.",
        };
        var live = new Option<bool>("--live")
        {
            Description = "Liveness: the status file is fresh, whatever the shards are doing (a reconnecting shard is no reason to restart).",
        };
        var command = new Command("health", "Exit 0 when the running bot's status file says every shard is connected and the file is fresh, else 1.")
        {
            ready,
            live,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (ConfigurationOverrides.ReportStray(parseResult.UnmatchedTokens, "health", error))
            {
                return ExitCodes.Failure;
            }

            if (parseResult.GetValue(ready) && parseResult.GetValue(live))
            {
                error.WriteLine("health takes --ready or --live, not both.");
                return ExitCodes.Failure;
            }

            var configuration = BotConfiguration.Build(parseResult.UnmatchedTokens);
            HealthOptions options;
            try
            {
                options = configuration.GetSection(HealthOptions.SectionName).Get<HealthOptions>() ?? new HealthOptions();
            }
            catch (InvalidOperationException e) when (StartupErrors.Describe(e, configuration) is { } line)
            {
                // A value of the wrong type (--Health:MaxAgeSeconds=abc): one line naming the key, not a stack trace.
                error.WriteLine(line);
                return ExitCodes.ConfigurationError;
            }

            if (new HealthOptionsValidator().Validate(null, options) is { Failed: true } invalid)
            {
                error.WriteLine(invalid.FailureMessage);
                return ExitCodes.ConfigurationError;
            }

            var probe = parseResult.GetValue(live) ? HealthProbe.Liveness : HealthProbe.Readiness;
            var snapshot = StatusFile.TryRead(AppPaths.ResolveData(options.StatusFile));
            var verdict = HealthVerdict.Judge(snapshot, time.GetUtcNow(), TimeSpan.FromSeconds(options.MaxAgeSeconds), probe);
            output.WriteLine(verdict.Reason);
            return verdict.Healthy ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
