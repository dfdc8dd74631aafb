using System.CommandLine;

namespace FandomBot.Cli;

/// <summary>The <c>fandombot</c> command line: one subcommand per file beside this one.</summary>
internal static class FandomBotCommandLine
{
    public static RootCommand Create()
    {
        var run = RunCommand.Create();
        var root = new RootCommand("FandomBot: sourced quotes and gentle privacy reminders for fan communities on Discord.")
        {
            run,
            QuoteCommand.Create(),
            CheckCommand.Create(),
            HealthCommand.Create(),
            InviteCommand.Create(),
            ReplayCommand.Create(),
        };

        // `fandombot` alone runs the bot, as `fandombot run` does.
        foreach (var option in run.Options)
        {
            root.Options.Add(option);
        }

        root.Action = run.Action;
        root.TreatUnmatchedTokensAsErrors = false;
        return root;
    }
}
