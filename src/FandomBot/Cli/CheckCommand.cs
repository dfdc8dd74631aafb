using System.CommandLine;

namespace FandomBot.Cli;

/// <summary><c>fandombot check</c>: runs the detector offline. (Scaffold: the detector work fills it in.)</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Check text offline: would the bot send a reminder, and why.");
        command.SetAction(_ => ExitCodes.Failure);
        return command;
    }
}
