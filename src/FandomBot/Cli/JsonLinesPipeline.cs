using System.Buffers;
using System.Text.Json;
using FandomBot.Core.Detection;

namespace FandomBot.Cli;

/// <summary>
/// Streams <c>check --jsonl</c>: the input is read in blocks of lines, each block judged on a worker (both cores
/// busy), and the results written in input order. At most <see cref="BlocksInFlight"/> blocks exist at once, so
/// memory stays bounded whatever the file's size.
/// </summary>
internal sealed class JsonLinesPipeline(SpeculationDetector detector)
{
    private const int LinesPerBlock = 2048;
    private const int ReadSize = 1 << 20;
    private static readonly int BlocksInFlight = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Judges every non-blank line of <paramref name="input"/> and writes one result line each to <paramref name="output"/>.</summary>
    public async Task RunAsync(Stream input, Func<ReadOnlyMemory<byte>, ValueTask> output)
    {
        var pending = new Queue<Task<ArrayBufferWriter<byte>>>();
        var block = new LineBlock();
        await foreach (var line in ReadLinesAsync(input).ConfigureAwait(false))
        {
            block.Add(line.Span);
            if (block.Count == LinesPerBlock)
            {
                pending.Enqueue(Judge(block));
                block = new LineBlock();
                if (pending.Count >= BlocksInFlight)
                {
                    await output((await pending.Dequeue().ConfigureAwait(false)).WrittenMemory).ConfigureAwait(false);
                }
            }
        }

        if (block.Count > 0)
        {
            pending.Enqueue(Judge(block));
        }

        while (pending.Count > 0)
        {
            await output((await pending.Dequeue().ConfigureAwait(false)).WrittenMemory).ConfigureAwait(false);
        }
    }

    private Task<ArrayBufferWriter<byte>> Judge(LineBlock block) => Task.Run(() =>
    {
        var results = new ArrayBufferWriter<byte>(block.Bytes * 2 + (block.Count * 96));
        var context = new List<string>();
        using var writer = new Utf8JsonWriter(results, JsonLineJudge.WriterOptions);
        for (var i = 0; i < block.Count; i++)
        {
            JsonLineJudge.Judge(detector, block.Line(i), writer, context);
            writer.Flush();
            writer.Reset();
            results.Write("\n"u8);
        }

        return results;
    });

    /// <summary>
    /// The input's non-blank lines as UTF-8 bytes (a leading byte order mark and each line's trailing <c>\r</c>
    /// dropped), read in large chunks; a line is valid until the next one is produced.
    /// </summary>
    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadLinesAsync(Stream input)
    {
        var buffer = new byte[ReadSize];
        var start = 0;
        var end = 0;
        var first = true;
        while (true)
        {
            var read = await input.ReadAsync(buffer.AsMemory(end)).ConfigureAwait(false);
            end += read;
            if (first && end >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                start = 3;
            }

            first = first && end < 3 && read > 0;
            int newline;
            while ((newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n')) >= 0)
            {
                var line = Trimmed(buffer.AsMemory(start, newline));
                start += newline + 1;
                if (!IsBlank(line.Span))
                {
                    yield return line;
                }
            }

            if (read == 0)
            {
                var last = Trimmed(buffer.AsMemory(start, end - start));
                if (!IsBlank(last.Span))
                {
                    yield return last;
                }

                yield break;
            }

            // Keep the unfinished line at the front; grow only for a line longer than the buffer.
            var rest = end - start;
            if (rest == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            else
            {
                buffer.AsSpan(start, rest).CopyTo(buffer);
            }

            start = 0;
            end = rest;
        }
    }

    private static ReadOnlyMemory<byte> Trimmed(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;

    /// <summary>A block's lines, copied into one buffer (the reader's buffer is reused for the next lines).</summary>
    private sealed class LineBlock
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(LinesPerBlock * 128);
        private readonly List<(int Start, int Length)> _lines = new(LinesPerBlock);

        public int Count => _lines.Count;

        public int Bytes => _bytes.WrittenCount;

        public void Add(ReadOnlySpan<byte> line)
        {
            _lines.Add((_bytes.WrittenCount, line.Length));
            _bytes.Write(line);
        }

        public ReadOnlySpan<byte> Line(int index) => _bytes.WrittenSpan.Slice(_lines[index].Start, _lines[index].Length);
    }
}
