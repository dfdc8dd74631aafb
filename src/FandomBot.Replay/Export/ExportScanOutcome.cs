namespace FandomBot.Replay.Export;

/// <summary>What <see cref="ExportMessageScanner"/> made of the bytes at the reader's position.</summary>
internal enum ExportScanOutcome
{
    /// <summary>One message, read completely and exactly as <see cref="ExportMessageParser"/> would have read it.</summary>
    Parsed,

    /// <summary>The buffer ends before the message does.</summary>
    NeedsMoreData,

    /// <summary>
    /// Anything the scanner does not read itself: the array's end, broken JSON, a missing field, escaped property names,
    /// ids written as numbers, text that is not UTF-8. The reader then reads the message token by token, which either
    /// reads it or says exactly what is wrong and where.
    /// </summary>
    Unusual,
}
