using System.CommandLine;

namespace FandomBot.Cli;

/// <summary><c>fandombot run</c>: starts the bot (the default command).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Start the bot (the default).");
        command.SetAction(_ => ExitCodes.ConfigurationError);
        return command;
    }
}
