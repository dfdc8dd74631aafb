using System.CommandLine;
using FandomBot.Cli;

using Xunit;

namespace FandomBot.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it writes.</summary>
internal static class CommandLineRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        await RunAsync(FandomBotCommandLine.Create(), args);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(Command root, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        var exitCode = await root.Parse(args).InvokeAsync(configuration, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
