using System.Buffers;
using System.IO.Compression;
using System.Text;
using FandomBot.Discord.Gateway;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class ZlibStreamInflaterTests
{
    [Fact]
    public void Inflates_consecutive_messages_of_one_zlib_stream()
    {
        using var compressed = new MemoryStream();
        using var deflater = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true);
        using var inflater = new ZlibStreamInflater();
        string[] messages = ["""{"op":10}""", """{"op":11}""", string.Concat(Enumerable.Repeat("""{"op":0,"t":"X"}""", 100))];

        foreach (var message in messages)
        {
            compressed.SetLength(0);
            deflater.Write(Encoding.UTF8.GetBytes(message));
            deflater.Flush();
            var chunk = compressed.ToArray();
            Assert.True(ZlibStreamInflater.EndsMessage(chunk));
            Assert.False(ZlibStreamInflater.EndsMessage(chunk.AsSpan(0, chunk.Length - 1)));

            var output = new ArrayBufferWriter<byte>();
            inflater.Inflate(chunk, output);

            // Later messages refer back to earlier ones (shared window): only one inflater per connection can read them.
            Assert.Equal(message, Encoding.UTF8.GetString(output.WrittenSpan));
        }
    }
}
