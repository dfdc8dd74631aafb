using System.CommandLine;

namespace FandomBot.Cli;

/// <summary><c>fandombot health</c>: the container health check.</summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var command = new Command("health", "Exit 0 when the running bot's status file says it is connected and fresh, else 1.");
        command.SetAction(_ => ExitCodes.Failure);
        return command;
    }
}
