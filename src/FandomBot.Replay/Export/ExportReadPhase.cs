namespace FandomBot.Replay.Export;

/// <summary>Where the stream reader is in the export's top-level object.</summary>
internal enum ExportReadPhase
{
    BeforeRoot,
    InRoot,
    InMessages,
    AfterRoot,
    Done,
}
