namespace FandomBot.Replay.Export;

/// <summary>
/// Thrown inside the export reader when a value runs past the end of the buffer: the reader catches it, refills and
/// reads the value again from its start. Happens about once per buffer refill, never escapes the reader.
/// </summary>
#pragma warning disable CA1064 // Exceptions should be public: this one is internal control flow of ExportReader.
internal sealed class ExportNeedsMoreData : Exception
#pragma warning restore CA1064
{
    public static readonly ExportNeedsMoreData Instance = new();

    private ExportNeedsMoreData()
        : base("the value continues past the buffer")
    {
    }
}
