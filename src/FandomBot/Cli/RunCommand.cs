using System.CommandLine;
using FandomBot.Hosting;

namespace FandomBot.Cli;

/// <summary><c>fandombot run</c>: starts the bot (the default command). Extra <c>--Key=value</c> tokens override configuration.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Start the bot (the default). Configuration overrides may follow, e.g. --Discord:ShardCount=2.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (ConfigurationOverrides.ReportStray(parseResult.UnmatchedTokens, "run", error))
            {
                return ExitCodes.Failure;
            }

            return await BotHost.RunAsync(parseResult.UnmatchedTokens, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
