using System.CommandLine;
using FandomBot.Core.DataFiles;
using FandomBot.Core.Quotes;
using FandomBot.Features.Quotes;
using FandomBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Cli;

/// <summary>
/// <c>fandombot quote [--topic T] [--speaker S] [--id ID]</c>: prints a sourced quote offline. Several matches print
/// the first in the file's order (the file puts the strongest quotes first), so the same command always prints the
/// same quote; <c>--random</c> and <c>--all</c> ask for something else.
/// </summary>
internal static class QuoteCommand
{
    public static Command Create()
    {
        var topic = new Option<string?>("--topic") { Description = "Only quotes on this topic (speculation, coming-out, labels, stereotypes, privacy, support, harassment).", HelpName = "topic" };
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this speaker; part of the name is enough (\"oseman\").", HelpName = "name" };
        var id = new Option<string?>("--id") { Description = "The quote with this id.", HelpName = "id" };
        var all = new Option<bool>("--all") { Description = "Print every matching quote." };
        var random = new Option<bool>("--random") { Description = "Print one matching quote at random." };
        var file = new Option<string?>("--file") { Description = "Read this quote file instead of the configured Quotes:Path.", HelpName = "path" };

        var command = new Command("quote", "Print a sourced quote from the collection, with its links.")
        {
            topic, speaker, id, all, random, file,
        };

        // Tokens such as --Quotes:Path=x.json are configuration overrides, passed on to BotConfiguration.
        command.TreatUnmatchedTokensAsErrors = false;
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) && result.GetValue(random))
            {
                result.AddError("Use --all or --random, not both.");
            }
        });

        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (UnknownOption(parseResult.UnmatchedTokens) is { } unknown)
            {
                error.WriteLine($"Unrecognized option {ConfigurationOverrides.Describe(unknown)}. Run 'fandombot quote --help' for the options; configuration overrides look like --Quotes:Path=x.json.");
                return ExitCodes.Failure;
            }

            if (ConfigurationOverrides.ReportStray(parseResult.UnmatchedTokens, "quote", error))
            {
                return ExitCodes.Failure;
            }

            if (LoadLibrary(parseResult.GetValue(file), parseResult.UnmatchedTokens, error) is not { } library)
            {
                return ExitCodes.ConfigurationError;
            }

            var selection = QuoteSelection.Select(
                library, parseResult.GetValue(topic), parseResult.GetValue(speaker), parseResult.GetValue(id), ConfigurationOverrides.Describe);
            if (selection.Problem is { } problem)
            {
                error.WriteLine(problem);
                return ExitCodes.Failure;
            }

            IReadOnlyList<Quote> chosen = parseResult.GetValue(all)
                ? selection.Matches
                : parseResult.GetValue(random)
                    ? [selection.Matches[Random.Shared.Next(selection.Matches.Count)]]
                    : [selection.Matches[0]];
            for (var i = 0; i < chosen.Count; i++)
            {
                if (i > 0)
                {
                    output.WriteLine();
                }

                QuoteConsoleText.Write(output, chosen[i]);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The collection from <c>--file</c>, else from <c>Quotes:Path</c> in the layered configuration; null after
    /// printing one line to <paramref name="error"/> when the option or the file is wrong.
    /// </summary>
    private static QuoteLibrary? LoadLibrary(string? file, IReadOnlyList<string> overrides, TextWriter error)
    {
        var path = file;
        if (string.IsNullOrWhiteSpace(path))
        {
            var options = BotConfiguration.Build(overrides).GetSection(QuotesOptions.SectionName).Get<QuotesOptions>() ?? new QuotesOptions();
            var validation = new QuotesOptionsValidator().Validate(null, options);
            if (validation.Failed)
            {
                error.WriteLine(validation.FailureMessage);
                return null;
            }

            path = options.Path;
        }

        try
        {
            return QuoteFileReader.Load(path);
        }
        catch (DataFileException exception)
        {
            // One line naming the file and the record and field (or line and position); no stack trace.
            error.WriteLine(exception.Message);
            return null;
        }
    }

    /// <summary>An unmatched <c>--name</c> that is not a configuration key (no ':'): most likely a typo.</summary>
    private static string? UnknownOption(IReadOnlyList<string> unmatched) =>
        unmatched.FirstOrDefault(token => token.StartsWith('-') && !token.Split('=', 2)[0].Contains(':', StringComparison.Ordinal));
}
