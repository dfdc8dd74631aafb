using System.Globalization;
using FandomBot.Core.Reminders;

namespace FandomBot.Replay;

/// <summary>
/// The summary printed at the end of a replay: one block per channel, then the total (counts by person, channel and
/// day, and the highest-scoring examples). Console output can end up in logs and screenshots, so it never holds
/// message text: the examples show who, where, when, why and the link; the text is only in the report. Names are
/// chosen by members, so they are printed without terminal control characters (<see cref="TerminalText"/>).
/// </summary>
internal static class ReplaySummaryWriter
{
    public static void Write(TextWriter output, ReplaySummary summary, ReplaySettings settings, IEnumerable<string> packs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(packs);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"Settings: {Describe(settings)}");
        output.WriteLine($"Fandom packs: {T(string.Join(", ", packs))}");

        foreach (var channel in summary.Channels)
        {
            output.WriteLine();
            output.WriteLine($"{T(channel.Label)} ({T(Path.GetFileName(channel.FileName))})");
            output.WriteLine(string.Create(inv, $"  Messages read: {channel.MessagesRead:N0}"));
            output.WriteLine(string.Create(inv, $"  Would-be reminders: {channel.Reminders:N0}"));
            var skipped = channel.ByOutcome.Where(p => p.Key is not ("reminder" or "no reminder")).OrderByDescending(p => p.Value).ToList();
            if (skipped.Count > 0)
            {
                output.WriteLine($"  Not looked at: {string.Join(", ", skipped.Select(p => string.Create(inv, $"{p.Key} {p.Value:N0}")))}");
            }

            if (channel.Error is { Unopened: true })
            {
                output.WriteLine("  Not read: the file could not be read (see the error below).");
            }
            else if (channel.Error is not null)
            {
                output.WriteLine("  Stopped early: the file could not be read to its end (see the error below).");
            }
        }

        output.WriteLine();
        output.WriteLine(summary.Channels.Count == 1 ? "Total" : string.Create(inv, $"Total ({summary.Channels.Count} channels)"));
        output.WriteLine(string.Create(inv, $"  Messages read: {summary.MessagesRead:N0}"));
        output.WriteLine(string.Create(inv, $"  Would-be reminders: {summary.ReminderCount:N0}"));
        WriteCounts(output, "By person", summary.ByPerson.Select(p => (p.Person, p.Count)));
        WriteCounts(output, "By channel", summary.ByChannel.Select(p => (p.Channel, p.Count)));
        WriteCounts(output, "By day (UTC)", summary.ByDay.Select(p => (p.Day.ToString("yyyy-MM-dd", inv), p.Count)));
        var examples = summary.TopExamples;
        if (examples.Count > 0)
        {
            output.WriteLine(string.Create(inv, $"  Highest-scoring examples (message text is in the report only):"));
            var rank = 0;
            foreach (var example in examples)
            {
                rank++;
                output.WriteLine(string.Create(
                    inv,
                    $"  {rank,2}. score {example.Verdict.Score:0.00}  {example.Message.Timestamp.UtcDateTime:yyyy-MM-dd HH:mm} UTC  {T(example.ChannelLabel)}  by {T(example.Message.Author.DisplayName)}  about {T(example.PersonLabel)}"));
                output.WriteLine($"      why: {T(string.Join("; ", example.Verdict.Reasons.Select(r => r.Explanation).Distinct(StringComparer.Ordinal)))}");
                output.WriteLine($"      {T(example.Link)}");
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"Read {summary.MessagesRead:N0} messages in {summary.Elapsed.TotalSeconds:0.0} s ({summary.MessagesPerSecond:N0} messages/s)."));
        if (summary.Cancelled)
        {
            output.WriteLine("Stopped before the end (cancelled): the figures above cover what was read.");
        }
    }

    private static void WriteCounts(TextWriter output, string title, IEnumerable<(string Key, int Count)> counts)
    {
        var list = counts.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine($"  {title}:");
        foreach (var (key, count) in list)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {T(key)}: {count:N0}"));
        }
    }

    private static string Describe(ReplaySettings settings)
    {
        var r = settings.Reminders;
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>
        {
            r.Enabled ? "reminders on" : "reminders off",
            r.Scope == ReminderScope.All ? "every channel" : string.Create(inv, $"{r.ListedChannels.Count} listed channel(s) and their threads"),
            r.Delivery switch
            {
                ReminderDelivery.DirectMessage => "delivered by direct message",
                ReminderDelivery.LogOnly => "mod-log only",
                _ => "delivered as a reply",
            },
            string.Create(inv, $"cooldown {r.Cooldown.TotalMinutes:0} min per member"),
            string.Create(inv, $"{r.ExemptRoles.Count} exempt role(s)"),
        };
        if (settings.DisabledPacks.Count > 0)
        {
            parts.Add($"packs off: {T(string.Join(", ", settings.DisabledPacks.Order(StringComparer.Ordinal)))}");
        }

        return $"{string.Join(", ", parts)} ({T(settings.Source ?? "defaults of a new server")})";
    }

    /// <summary>Names come from the export (chosen by members): no control character reaches the terminal.</summary>
    private static string T(string text) => TerminalText.Clean(text);
}
