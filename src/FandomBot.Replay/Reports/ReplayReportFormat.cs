namespace FandomBot.Replay.Reports;

/// <summary>The report kinds, chosen by the file's extension.</summary>
internal enum ReplayReportFormat
{
    Html,
    Markdown,
    Csv,
}
