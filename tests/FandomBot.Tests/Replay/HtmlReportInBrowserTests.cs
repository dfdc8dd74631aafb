using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>
/// The HTML report as a moderator sees it: rendered by headless Chromium at a phone's width (390 px) and a desktop's
/// (1280 px). The report is shown in a frame of exactly that width inside a measuring page (the report itself has no
/// script); the page's script writes what it measured into the DOM, which Chromium prints. The screenshots are kept in
/// the test's output folder, <c>artifacts/replay-report-WIDTHpx.png</c>.
/// </summary>
public sealed partial class HtmlReportInBrowserTests : IDisposable
{
    private const string MeasuringScript = """
        const frame = document.getElementById('report');
        frame.addEventListener('load', () => {
          const d = frame.contentDocument, w = frame.contentWindow;
          // An SVG's text is drawn at its font size times the SVG's scale; page text at its font size.
          const drawn = e => {
            const px = parseFloat(w.getComputedStyle(e).fontSize);
            return e instanceof w.SVGGraphicsElement ? px * e.getScreenCTM().d : px;
          };
          const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
          const labels = [...d.querySelectorAll('svg text, .chart-max, .chart-axis span')];
          const broken = [];
          for (const th of d.querySelectorAll('th')) {
            const walker = d.createTreeWalker(th, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const m of node.data.matchAll(/\S+/g)) {
                const range = d.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                if (range.getClientRects().length > 1) broken.push(m[0]);
              }
            }
          }
          document.getElementById('measurements').textContent = JSON.stringify({
            viewport: w.innerWidth,
            scrollWidth: d.documentElement.scrollWidth,
            labels: labels.map(e => ({ text: e.textContent, px: drawn(e) })),
            maxLabels: labels.filter(e => e.textContent.startsWith('max ')).map(box),
            bars: [...d.querySelectorAll('svg rect')].map(box),
            headers: d.querySelectorAll('th').length,
            broken,
          });
        });
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task The_report_fits_the_width_with_chart_labels_at_text_size_off_the_bars_and_headers_whole(int width, int height)
    {
        var browser = HeadlessChromium.Find();
        if (browser is null)
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "Chromium is required in CI: .ci/run installs Debian's chromium package.");
            Assert.Skip("Chromium is not installed (apt-get install -y chromium, or set FANDOMBOT_CHROMIUM): the browser test is skipped.");
        }

        var report = await WriteReportAsync();
        var page = _dir.File($"measure-{width}.html");
        await File.WriteAllTextAsync(page, MeasuringPage(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken), width, height), TestContext.Current.CancellationToken);
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var screenshot = Path.Combine(artifacts, $"replay-report-{width}px.png");
        File.Delete(screenshot);

        var dom = await HeadlessChromium.RenderAsync(browser, page, width, height, screenshot, TestContext.Current.CancellationToken);

        File.Copy(report, Path.Combine(artifacts, "replay-report.html"), overwrite: true);
        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 0, $"a screenshot at {screenshot}");
        var match = MeasurementsPattern().Match(dom);
        Assert.True(match.Success, "the measuring script ran and wrote its measurements");
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value));
        var m = json.RootElement;
        Assert.Equal(width, m.GetProperty("viewport").GetInt32());
        Assert.True(m.GetProperty("scrollWidth").GetInt32() <= width, $"no horizontal scroll: the page is {m.GetProperty("scrollWidth").GetInt32()} px wide in a {width} px window");

        var labels = m.GetProperty("labels").EnumerateArray().Select(l => (Text: l.GetProperty("text").GetString()!, Px: l.GetProperty("px").GetDouble())).ToList();
        Assert.Contains(labels, l => l.Text.StartsWith("max ", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Text == "2024-05-01");
        Assert.All(labels, l => Assert.InRange(l.Px, 10, 16));

        var bars = m.GetProperty("bars").EnumerateArray().Select(Box).ToList();
        Assert.NotEmpty(bars);
        foreach (var label in m.GetProperty("maxLabels").EnumerateArray().Select(Box))
        {
            Assert.DoesNotContain(bars, bar => Overlap(label, bar));
        }

        Assert.True(m.GetProperty("headers").GetInt32() >= 5, "the channel and person tables' headers were measured");
        Assert.Empty(m.GetProperty("broken").EnumerateArray().Select(b => b.GetString()));
    }

    private static double[] Box(JsonElement box) => [.. box.EnumerateArray().Select(v => v.GetDouble())];

    /// <summary>Whether two boxes (left, top, right, bottom) share any area.</summary>
    private static bool Overlap(double[] a, double[] b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

    private static string MeasuringPage(string report, int width, int height) => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><style>body{"{"}margin:0{"}"}iframe{"{"}border:0;display:block{"}"}</style></head><body>
        <iframe id="report" style="width:{width}px;height:{height}px" srcdoc="{WebUtility.HtmlEncode(report)}"></iframe>
        <pre id="measurements"></pre>
        <script>{MeasuringScript}</script>
        </body></html>
        """;

    /// <summary>
    /// The rich scenario (long names, several days, characters to escape) plus a channel with a very long name and three
    /// weeks of reminders whose busiest day is the last (its bar is the tallest and sits at the chart's right edge).
    /// </summary>
    private async Task<string> WriteReportAsync()
    {
        var busy = new TestExport(100, "Fan Server", 260, "the-world-tour-and-the-new-album-and-everything-else-we-talk-about");
        for (var day = 0; day <= 20; day++)
        {
            for (var fan = 0; fan < (day == 20 ? 9 : 1); fan++)
            {
                busy.Say((60 * 24 * day) + fan, new TestAuthor((ulong)(2000 + fan), $"fan{fan}"), "i bet Harry Styles is secretly gay");
            }
        }

        string[] files = [.. ReportScenario.Rich(_dir.Path), busy.WriteTo(_dir.Path, "busy.json")];
        var report = _dir.File("report.html");

        var (exitCode, _, error) = await CommandLineRunner.RunAsync(["replay", .. files, "--report", report]);

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exitCode);
        return report;
    }

    [GeneratedRegex("<pre id=\"measurements\">([^<]*)</pre>")]
    private static partial Regex MeasurementsPattern();
}
