using FandomBot.Replay;
using FandomBot.Replay.Export;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>An export whose disk fails part-way stops alone, with its error kept for the summary, as a broken file does.</summary>
public sealed class ExportSourceTests
{
    [Fact]
    public void A_read_error_from_the_system_part_way_stops_this_export_with_its_error_and_keeps_the_messages_before_it()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "first message");
        export.Say(1, TestAuthor.Ben, new string('x', 4000));
        var bytes = export.ToBytes();
        using var source = new ExportSource(
            0,
            new ExportReader(new FailingStream(bytes, failAfter: bytes.Length - 100), "general.json", new ExportAuthorCache(), initialBufferSize: 1024),
            new ChannelReplay("general.json"));

        Assert.True(source.Advance());
        Assert.Equal("first message", source.Next!.Content);
        Assert.False(source.Advance());

        Assert.Null(source.Next);
        var error = Assert.IsType<ExportReadException>(source.Replay.Error);
        Assert.Matches(@"^general\.json: at byte [\d,]+: the file could not be read further \(Input/output error\)$", error.Message);
        Assert.IsType<IOException>(error.InnerException);
    }

    /// <summary>Gives the file's first bytes, then fails as a dying disk does (EIO).</summary>
    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= failAfter)
            {
                throw new IOException("Input/output error");
            }

            return base.Read(buffer, offset, (int)Math.Min(count, failAfter - Position));
        }

        public override int Read(Span<byte> buffer)
        {
            if (Position >= failAfter)
            {
                throw new IOException("Input/output error");
            }

            return base.Read(buffer[..(int)Math.Min(buffer.Length, failAfter - Position)]);
        }
    }
}
