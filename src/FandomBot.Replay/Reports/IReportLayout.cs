namespace FandomBot.Replay.Reports;

/// <summary>
/// One report format's text, in the three parts the streamed report is put together from: the head (it needs the
/// totals, so it is written last, at the top), one section per would-be reminder (written as each is decided), the tail.
/// </summary>
internal interface IReportLayout
{
    /// <summary>Whether the file starts with a UTF-8 byte order mark (spreadsheet programs need it to read a CSV as UTF-8).</summary>
    bool ByteOrderMark { get; }

    void WriteHead(TextWriter writer, ReplaySummary summary);

    void WriteReminder(TextWriter writer, WouldBeReminder reminder);

    void WriteTail(TextWriter writer);
}
