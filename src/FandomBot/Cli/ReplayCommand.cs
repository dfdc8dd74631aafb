using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using FandomBot.Core.DataFiles;
using FandomBot.Detectors;
using FandomBot.Replay;
using FandomBot.Replay.Progress;
using FandomBot.Replay.Reports;
using FandomBot.Hosting;
using Spectre.Console;

namespace FandomBot.Cli;

/// <summary>
/// <c>fandombot replay EXPORT.json…</c>: the moderators' dry run. Runs DiscordChatExporter exports through the live
/// bot's pipeline offline and shows where reminders would have fired. Nothing is sent and nothing is logged; message
/// text goes only into the report the moderator asks for.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        var exports = new Argument<string[]>("exports") { Description = "DiscordChatExporter JSON exports (one channel each).", Arity = ArgumentArity.OneOrMore };
        var fandoms = new Option<string[]>("--fandom") { Description = "A built-in fandom pack to use (repeatable; all packs when omitted)." };
        var people = new Option<string?>("--people") { Description = "More people and characters, in the fandom pack format." };
        var settings = new Option<string?>("--settings") { Description = "The server's settings (JSON: remindersEnabled, scope, listedChannelIds, delivery, cooldownMinutes, modLogChannelId, exemptRoleIds, disabledPackIds)." };
        var report = new Option<string?>("--report") { Description = "Write each would-be reminder, with its text, to report.html, report.md or report.csv." };
        var command = new Command("replay", "Dry run: replay channel exports and see where reminders would have fired.")
        {
            exports,
            fandoms,
            people,
            settings,
            report,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (ConfigurationOverrides.ReportStray(parseResult.UnmatchedTokens, "replay", error))
            {
                return Task.FromResult(ExitCodes.ConfigurationError);
            }

            // An override written after the exports ("replay a.json --Fandoms:Path=x") arrives among them.
            var (overrides, files) = ConfigurationOverrides.Separate(parseResult.GetValue(exports) ?? []);
            overrides.AddRange(parseResult.UnmatchedTokens);
            if (files.Count == 0)
            {
                error.WriteLine("replay: give at least one export file.");
                return Task.FromResult(ExitCodes.ConfigurationError);
            }

            var reportPath = parseResult.GetValue(report);
            var reportFormat = reportPath is null ? null : ReplayReport.FormatOf(reportPath);
            if (reportPath is not null && reportFormat is null)
            {
                error.WriteLine($"--report {reportPath}: the report's extension must be .html, .md or .csv.");
                return Task.FromResult(ExitCodes.ConfigurationError);
            }

            if (reportPath is not null && files.FirstOrDefault(f => ReportTarget.IsSameFile(reportPath, f)) is { } input)
            {
                error.WriteLine($"--report {reportPath}: that is the export {input}; the report would overwrite it.");
                return Task.FromResult(ExitCodes.ConfigurationError);
            }

            // The report's sections are written as the replay goes (to a spill file beside the report), so a report
            // that cannot be written is known now, before the exports are read, not after a long replay.
            ReplayReport? started = null;
            if (reportPath is not null && reportFormat is { } format && !TryBeginReport(reportPath, format, error, out started))
            {
                return Task.FromResult(ExitCodes.ConfigurationError);
            }

            using var reportWriter = started;

            // A directory or an unreadable file is reported with the other exports' results; a missing one is a typo.
            if (files.FirstOrDefault(f => !Path.Exists(f)) is { } missing)
            {
                error.WriteLine($"{(ConfigurationOverrides.LooksLikeToken(missing) ? ConfigurationOverrides.Describe(missing) : missing)}: no such file.");
                return Task.FromResult(ExitCodes.Failure);
            }

            ReplaySettings replaySettings;
            ReplayDetector detector;
            try
            {
                replaySettings = parseResult.GetValue(settings) is { } settingsPath ? ReplaySettingsFile.Load(settingsPath) : ReplaySettings.Defaults;
                var configuration = BotConfiguration.Build(overrides);
                var extra = parseResult.GetValue(people) is { } peoplePath ? FandomPackLoader.LoadFile(peoplePath) : null;
                var directory = ReplayDirectory.Build(
                    FandomPackLoader.LoadBuiltIn(configuration),
                    parseResult.GetValue(fandoms) ?? [],
                    replaySettings.DisabledPacks,
                    extra);
                detector = new ReplayDetector(directory);
            }
            catch (DataFileException e)
            {
                error.WriteLine(e.Message);
                return Task.FromResult(ExitCodes.ConfigurationError);
            }

            var runner = new ReplayRunner(new ReplayPipeline(replaySettings.Reminders, detector), time);
            var summary = IsTerminal(output)
                ? TerminalReplayProgress.Track(AnsiConsole.Console, files, progress => runner.Run(files, progress, reportWriter, cancellationToken))
                : runner.Run(files, new PlainReplayProgress(output, time), reportWriter, cancellationToken);

            ReplaySummaryWriter.Write(output, summary, replaySettings, detector.EnabledPacks);
            var exitCode = summary.Failed.Any() || summary.Cancelled ? ExitCodes.Failure : ExitCodes.Success;
            if (reportPath is not null && reportWriter is not null)
            {
                try
                {
                    reportWriter.Finish(summary);
                    output.WriteLine($"Report: {Path.GetFullPath(reportPath)} ({summary.ReminderCount} would-be reminders, with their text).");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"--report {reportPath}: cannot write the report: {e.Message}");
                    exitCode = ExitCodes.Failure;
                }
            }

            foreach (var failed in summary.Failed)
            {
                error.WriteLine($"error: {TerminalText.Clean(failed.Error!.Message)}");
            }

            return Task.FromResult(exitCode);
        });
        return command;
    }

    private static bool TryBeginReport(string path, ReplayReportFormat format, TextWriter error, [NotNullWhen(true)] out ReplayReport? report)
    {
        try
        {
            report = ReplayReport.Begin(path, format);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e switch
            {
                DirectoryNotFoundException => "no such directory",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message.TrimEnd('.'),
            };
            error.WriteLine($"--report {path}: cannot write the report there ({why}).");
            report = null;
            return false;
        }
    }

    /// <summary>A live progress bar only on a real terminal; tests, pipes and log files get plain lines.</summary>
    private static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
