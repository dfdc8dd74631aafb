using System.Globalization;
using System.Net;

namespace FandomBot.Replay.Reports;

/// <summary>
/// The HTML report: one self-contained page (inline CSS and SVG, no scripts, no fonts, no images, nothing fetched),
/// readable on a phone (viewport, one column, long words wrap, table headers whole). Every piece of text from the
/// export is HTML-encoded. Checked in a real browser at phone and desktop widths (HtmlReportInBrowserTests).
/// </summary>
internal sealed class HtmlReplayReport : IReportLayout
{
    public static readonly HtmlReplayReport Instance = new();

    private const string Style = """
        :root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--card:#f6f8fa;--bar:#5865f2;--line:#d1d9e0}
        @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;--line:#30363d}}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:48rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
        h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%}td,th{padding:.25rem .5rem;border-bottom:1px solid var(--line);text-align:left}
        th{white-space:nowrap;overflow-wrap:normal}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .muted{color:var(--muted)}
        .card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem;margin:.75rem 0}
        .card blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid var(--bar);white-space:pre-wrap}
        .card ul{margin:.25rem 0;padding-left:1.25rem}
        .chart{margin:.5rem 0}
        .chart svg{width:100%;height:7.5rem;display:block}
        .chart rect{fill:var(--bar)}
        .chart-max,.chart-axis{color:var(--muted);font-size:.8rem;line-height:1.4}
        .chart-max{text-align:right}
        .chart-axis{display:flex;justify-content:space-between;gap:1rem}
        a{color:var(--bar)}
        """;

    /// <summary>Everything before the reminders: the counts, the chart and the tables, which need the totals.</summary>
    public bool ByteOrderMark => false;

    public void WriteHead(TextWriter writer, ReplaySummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        writer.WriteLine("<title>FandomBot replay: would-be reminders</title>");
        writer.WriteLine($"<style>{Style}</style></head><body>");
        writer.WriteLine("<h1>FandomBot replay: would-be reminders</h1>");
        writer.WriteLine(string.Create(inv, $"<p>{summary.MessagesRead:N0} messages read, <strong>{summary.ReminderCount:N0}</strong> would-be reminders.</p>"));

        writer.WriteLine("<h2>Reminders per day (UTC)</h2>");
        WriteChart(writer, summary.ByDay);

        writer.WriteLine("<h2>Channels</h2>");
        writer.WriteLine("<table><tr><th>Channel</th><th class=\"n\">Messages</th><th class=\"n\">Reminders</th></tr>");
        foreach (var channel in summary.Channels)
        {
            writer.WriteLine(string.Create(inv, $"<tr><td>{E(channel.Label)}</td><td class=\"n\">{channel.MessagesRead:N0}</td><td class=\"n\">{channel.Reminders:N0}</td></tr>"));
        }

        writer.WriteLine("</table>");
        if (summary.ByPerson.Count > 0)
        {
            writer.WriteLine("<h2>By person</h2><table><tr><th>About</th><th class=\"n\">Reminders</th></tr>");
            foreach (var (person, count) in summary.ByPerson)
            {
                writer.WriteLine(string.Create(inv, $"<tr><td>{E(person)}</td><td class=\"n\">{count:N0}</td></tr>"));
            }

            writer.WriteLine("</table>");
        }

        writer.WriteLine("<h2>Each would-be reminder</h2>");
        if (summary.ReminderCount == 0)
        {
            writer.WriteLine("<p class=\"muted\">None: the bot would have stayed quiet.</p>");
        }
    }

    /// <summary>One would-be reminder's card.</summary>
    public void WriteReminder(TextWriter writer, WouldBeReminder r)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(r);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine("<div class=\"card\">");
        writer.WriteLine(string.Create(
            inv,
            $"<div><time datetime=\"{r.Message.Timestamp.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{r.Message.Timestamp.UtcDateTime:yyyy-MM-dd HH:mm} UTC</time> · {E(r.ChannelLabel)} · <strong>{E(r.Message.Author.DisplayName)}</strong></div>"));
        writer.WriteLine($"<blockquote>{E(r.Message.Content)}</blockquote>");
        writer.WriteLine("<ul>");
        if (r.Message.EditedAt is not null)
        {
            writer.WriteLine("<li class=\"muted\">Edited: this is the edited text.</li>");
        }

        writer.WriteLine(string.Create(inv, $"<li>Score {r.Verdict.Score:0.00}, about {E(r.PersonLabel)}{(r.Verdict.Pack is { } pack ? $" ({E(pack)})" : string.Empty)}</li>"));
        foreach (var reason in r.Verdict.Reasons)
        {
            writer.WriteLine($"<li>{E(reason.WithSpan)}</li>");
        }

        writer.WriteLine("</ul>");
        writer.WriteLine($"<a href=\"{E(r.Link)}\" rel=\"noreferrer\">Open in Discord</a>");
        writer.WriteLine("</div>");
    }

    /// <summary>Everything after the reminders.</summary>
    public void WriteTail(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("</body></html>");
    }

    /// <summary>
    /// A bar per day with reminders; each bar's title gives date and count. The bars are drawn in an SVG stretched to
    /// the page's width (its height is fixed); the labels (the highest count above the bars, the first and last dates
    /// below) are page text, so they keep the page's font size at any width and never sit on a bar.
    /// </summary>
    private static void WriteChart(TextWriter writer, IReadOnlyList<(DateOnly Day, int Count)> days)
    {
        if (days.Count == 0)
        {
            writer.WriteLine("<p class=\"muted\">No reminders.</p>");
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        const int Height = 100;
        const int BarWidth = 10;
        const int Gap = 2;
        var width = Math.Max(200, days.Count * (BarWidth + Gap));
        var max = days.Max(d => d.Count);
        writer.WriteLine("<div class=\"chart\">");
        writer.WriteLine(string.Create(inv, $"<div class=\"chart-max\">max {max}/day</div>"));
        writer.WriteLine(string.Create(inv, $"<svg viewBox=\"0 0 {width} {Height}\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Reminders per day\">"));
        for (var i = 0; i < days.Count; i++)
        {
            var (day, count) = days[i];
            var barHeight = Math.Max(1, (int)Math.Round((double)count / max * Height));
            writer.WriteLine(string.Create(
                inv,
                $"<rect x=\"{i * (BarWidth + Gap)}\" y=\"{Height - barHeight}\" width=\"{BarWidth}\" height=\"{barHeight}\"><title>{day:yyyy-MM-dd}: {count}</title></rect>"));
        }

        writer.WriteLine("</svg>");
        writer.Write(string.Create(inv, $"<div class=\"chart-axis\"><span>{days[0].Day:yyyy-MM-dd}</span>"));
        if (days.Count > 1)
        {
            writer.Write(string.Create(inv, $"<span>{days[^1].Day:yyyy-MM-dd}</span>"));
        }

        writer.WriteLine("</div>");
        writer.WriteLine("</div>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
