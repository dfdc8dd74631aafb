using System.CommandLine;

namespace FandomBot.Cli;

/// <summary><c>fandombot quote</c>: prints a sourced quote offline. (Scaffold: the quotes work fills it in.)</summary>
internal static class QuoteCommand
{
    public static Command Create()
    {
        var command = new Command("quote", "Print a sourced quote from the collection.");
        command.SetAction(_ => ExitCodes.Failure);
        return command;
    }
}
