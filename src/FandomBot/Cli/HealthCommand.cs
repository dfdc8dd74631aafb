using System.CommandLine;
using FandomBot.Health;
using FandomBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Cli;

/// <summary><c>fandombot health</c>: the container health check (Docker HEALTHCHECK, Kubernetes exec probe).</summary>
internal static class HealthCommand
{
    public static Command Create(TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        var command = new Command("health", "Exit 0 when the running bot's status file says every shard is connected and the file is fresh, else 1.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var configuration = BotConfiguration.Build(parseResult.UnmatchedTokens);
            var options = configuration.GetSection(HealthOptions.SectionName).Get<HealthOptions>() ?? new HealthOptions();
            if (new HealthOptionsValidator().Validate(null, options) is { Failed: true } invalid)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(invalid.FailureMessage);
                return ExitCodes.ConfigurationError;
            }

            var snapshot = StatusFile.TryRead(AppPaths.ResolveData(options.StatusFile));
            var verdict = HealthVerdict.Judge(snapshot, time.GetUtcNow(), TimeSpan.FromSeconds(options.MaxAgeSeconds));
            output.WriteLine(verdict.Reason);
            return verdict.Healthy ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
