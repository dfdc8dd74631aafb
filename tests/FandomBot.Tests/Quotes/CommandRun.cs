using System.CommandLine;
using FandomBot.Cli;
using Xunit;

namespace FandomBot.Tests.Quotes;

/// <summary>What one in-process run of the <c>fandombot</c> command line printed and returned.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };

        var exitCode = await FandomBotCommandLine.Create().Parse(args).InvokeAsync(configuration, TestContext.Current.CancellationToken);

        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The lines written to standard error, without the final line break.</summary>
    public IReadOnlyList<string> ErrorLines => Error.TrimEnd('\r', '\n').Split('\n');
}
