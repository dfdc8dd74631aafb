using System.CommandLine;
using System.Globalization;
using FandomBot.Core.DataFiles;
using FandomBot.Core.Detection;
using FandomBot.Core.People;
using FandomBot.Detectors;
using FandomBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Cli;

/// <summary>
/// <c>fandombot check "&lt;text&gt;" [--context "&lt;earlier&gt;"]... [--fandom NAME]...</c> prints the detector's verdict
/// and reasons; <c>fandombot check --jsonl IN.jsonl [--out OUT.jsonl]</c> judges a file of messages (see
/// <see cref="CheckCommandJsonLines"/>). The fandom packs are read from <c>Fandoms:Path</c> (default
/// <c>config/fandoms</c>); every built-in pack is on unless <c>--fandom</c> names some.
/// </summary>
internal static class CheckCommand
{

    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The message to check.", Arity = ArgumentArity.ZeroOrOne };
        var context = new Option<string[]>("--context") { Description = "An earlier message in the channel, oldest first (repeatable, up to 10)." };
        var fandoms = new Option<string[]>("--fandom") { Description = "Switch on only these packs (repeatable); default: every built-in pack." };
        var jsonl = new Option<FileInfo?>("--jsonl") { Description = "Judge every line of a JSON Lines file: {\"id\", \"text\", \"context\"}." };
        var output = new Option<FileInfo?>("--out") { Description = "Where --jsonl writes its results (default: standard output)." };
        var command = new Command("check", "Check text offline: would the bot send a reminder, and why.")
        {
            text, context, fandoms, jsonl, output,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;

            // With no text given, a configuration override ("--Fandoms:Path=x") lands in the optional text argument.
            var message = parseResult.GetValue(text);
            var overrides = parseResult.UnmatchedTokens.ToList();
            if (message is not null && ConfigurationOverrides.IsOverride(message))
            {
                overrides.Add(message);
                message = null;
            }

            SpeculationDetector detector;
            try
            {
                var configuration = BotConfiguration.Build(overrides);
                detector = BuildDetector(configuration, parseResult.GetValue(fandoms) ?? []);
            }
            catch (DataFileException ex)
            {
                stderr.WriteLine(ex.Message);
                return ExitCodes.ConfigurationError;
            }

            if (parseResult.GetValue(jsonl) is { } input)
            {
                return CheckCommandJsonLines.Run(detector, input, parseResult.GetValue(output), stdout, stderr);
            }

            if (message is null)
            {
                stderr.WriteLine("check: give the text to check, or --jsonl FILE");
                return ExitCodes.Failure;
            }

            var verdict = detector.Evaluate(message, context: parseResult.GetValue(context) ?? []);
            Print(verdict, stdout);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads every pack file (the host's job: Core only sees bytes) and builds the detector.</summary>
    internal static SpeculationDetector BuildDetector(IConfiguration configuration, IReadOnlyList<string> fandoms)
    {
        var packs = FandomPackLoader.LoadBuiltIn(configuration);
        var people = PeopleDirectory.FromPacks(packs);
        if (fandoms.Count == 0)
        {
            return new SpeculationDetector(people);
        }

        var known = packs.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (fandoms.FirstOrDefault(f => !known.Contains(f)) is { } unknown)
        {
            throw DataFileException.InvalidRecord(FandomPackLoader.BuiltInDirectory(configuration), null, null, $"no pack named '{unknown}' (packs: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
        }

        return new SpeculationDetector(people.ForGuild(fandoms));
    }

    private static void Print(DetectionVerdict verdict, TextWriter output)
    {
        output.WriteLine(verdict.Remind ? "remind: yes" : "remind: no");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score: {verdict.Score:0.###}"));
        output.WriteLine(verdict.Person is { } person
            ? $"person: {person.Name} ({Describe(person.Kind)}{(person.Pack is null ? string.Empty : ", " + person.Pack)})"
            : "person: none");
        output.WriteLine($"language: {verdict.Language}");
        if (verdict.Reasons.Count == 0)
        {
            output.WriteLine("reasons: no orientation, identity or closet words");
            return;
        }

        output.WriteLine("reasons:");
        foreach (var reason in verdict.Reasons)
        {
            output.WriteLine($"  - {reason}");
        }
    }

    private static string Describe(PersonKind kind) => kind switch
    {
        PersonKind.FictionalCharacter => "fictional character",
        PersonKind.MentionedMember => "mentioned member",
        _ => "real person",
    };
}
