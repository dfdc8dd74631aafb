using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace FandomBot.Replay.Export;

/// <summary>
/// Strict JSON read straight from a span of bytes, for <see cref="ExportMessageScanner"/>: the grammar
/// <see cref="Utf8JsonReader"/> checks (no comments, no trailing commas, valid escapes, no raw control characters,
/// literal and number syntax) with a plain loop over the bytes and a vectorised search inside strings, and no line,
/// column or token bookkeeping. Each method reads one piece at the position (whitespace before it skipped) and returns
/// false when it cannot: <see cref="Failure"/> then says whether the bytes ran out
/// (<see cref="ExportScanOutcome.NeedsMoreData"/>) or were anything but plain (<see cref="ExportScanOutcome.Unusual"/>:
/// broken, or valid in a way left to the token reader, such as escapes in a property name or an id written as a number).
/// </summary>
internal ref struct ExportJsonScanner
{
    /// <summary>Nesting followed inside a skipped value; deeper is left to the token reader's own limit.</summary>
    private const int MaxSkipDepth = 48;

    /// <summary>What ends a run of plain string bytes: the closing quote, an escape, or a control character (invalid).</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    private readonly ReadOnlySpan<byte> _data;
    private int _pos;
    private int _lines;
    private ExportScanOutcome _failure;

    public ExportJsonScanner(ReadOnlySpan<byte> data)
    {
        _data = data;
        _failure = ExportScanOutcome.Unusual;
    }

    /// <summary>Bytes read so far.</summary>
    public readonly int Position => _pos;

    /// <summary>Line breaks among them.</summary>
    public readonly int Lines => _lines;

    /// <summary>Why the last method returned false.</summary>
    public readonly ExportScanOutcome Failure => _failure;

    /// <summary>A snowflake written as a string of digits, the exporter's way (anything else goes to the token reader).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadId(out ulong id)
    {
        id = 0;
        if (!ReadString(out var raw, out var escaped))
        {
            return false;
        }

        if (escaped || raw.Length is 0 or > 20)
        {
            return Unusual();
        }

        ulong value = 0;
        foreach (var b in raw)
        {
            var digit = (uint)(b - '0');
            if (digit > 9 || value > (ulong.MaxValue - digit) / 10)
            {
                return Unusual();
            }

            value = (value * 10) + digit;
        }

        id = value;
        return true;
    }

    /// <summary>An id or null.</summary>
    public bool ReadOptionalId(out ulong? id)
    {
        id = null;
        if (!SkipNull(out var isNull))
        {
            return false;
        }

        if (isNull)
        {
            return true;
        }

        var read = ReadId(out var value);
        id = value;
        return read;
    }

    /// <summary>
    /// A timestamp: the token reader's own ISO 8601 parsing, run on this one string, so both read the same instant from
    /// the same bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadTimestamp(out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (!Peek(out _))
        {
            return false;
        }

        var start = _pos;
        if (!ReadString(out _, out _))
        {
            return false;
        }

        var token = new Utf8JsonReader(_data[start.._pos]);
        return (token.Read() && token.TryGetDateTimeOffset(out timestamp)) || Unusual();
    }

    public bool ReadOptionalTimestamp(out DateTimeOffset? timestamp)
    {
        timestamp = null;
        if (!SkipNull(out var isNull))
        {
            return false;
        }

        if (isNull)
        {
            return true;
        }

        if (!ReadTimestamp(out var value))
        {
            return false;
        }

        timestamp = value;
        return true;
    }

    /// <summary>A string or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadOptionalString(out string? value)
    {
        value = null;
        if (!SkipNull(out var isNull))
        {
            return false;
        }

        if (isNull)
        {
            return true;
        }

        return ReadString(out var raw, out var escaped) && Decode(raw, escaped, out value);
    }

    /// <summary>
    /// <c>isBot</c>: the token parser counts only <c>true</c> as a bot; any other literal is not one. A value of another
    /// kind goes to the token reader.
    /// </summary>
    public bool ReadFlag(out bool value)
    {
        value = false;
        if (!Peek(out var first))
        {
            return false;
        }

        switch (first)
        {
            case (byte)'t':
                value = true;
                return ReadLiteral("true"u8);
            case (byte)'f':
                return ReadLiteral("false"u8);
            case (byte)'n':
                return ReadNull();
            default:
                return Unusual();
        }
    }

    /// <summary>
    /// Text for a string's bytes: plain UTF-8 straight away; with escapes, the token reader's own unescaping on this one
    /// string. Bytes that are not UTF-8 (or escapes that are not UTF-16) go to the token reader, which reports them.
    /// </summary>
    public bool Decode(ReadOnlySpan<byte> raw, bool escaped, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (!escaped)
        {
            if (!Utf8.IsValid(raw))
            {
                return Unusual();
            }

            text = raw.IsEmpty ? string.Empty : Encoding.UTF8.GetString(raw);
            return true;
        }

        // raw sits between its quotes in _data: read the whole token.
        var start = _pos - raw.Length - 2;
        var token = new Utf8JsonReader(_data.Slice(start, raw.Length + 2));
        try
        {
            if (token.Read() && token.GetString() is { } decoded)
            {
                text = decoded;
                return true;
            }
        }
        catch (InvalidOperationException)
        {
        }

        return Unusual();
    }

    /// <summary>After <c>{</c>: whether a member follows (false for <c>{}</c>, the brace consumed).</summary>
    public bool FirstMember(out bool more) => First((byte)'}', out more);

    /// <summary>After a member's value: <c>,</c> (another member follows) or <c>}</c> (the object ends).</summary>
    public bool NextMember(out bool more) => Next((byte)'}', out more);

    /// <summary>After <c>[</c>: whether an element follows (false for <c>[]</c>, the bracket consumed).</summary>
    public bool FirstElement(out bool more) => First((byte)']', out more);

    /// <summary>After an element: <c>,</c> (another follows) or <c>]</c> (the array ends).</summary>
    public bool NextElement(out bool more) => Next((byte)']', out more);

    /// <summary>Just inside a container: its closing bracket (empty, consumed) or its first item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool First(byte close, out bool more)
    {
        more = false;
        if (!Peek(out var b))
        {
            return false;
        }

        if (b == close)
        {
            _pos++;
            return true;
        }

        more = true;
        return true;
    }

    /// <summary>After an item: a comma (another follows) or the container's closing bracket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Next(byte close, out bool more)
    {
        more = false;
        if (!Peek(out var b))
        {
            return false;
        }

        _pos++;
        if (b == (byte)',')
        {
            more = true;
            return true;
        }

        return b == close || Unusual();
    }

    /// <summary>A property name without escapes, then its colon; the position is then at its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadName(out ReadOnlySpan<byte> name)
    {
        name = default;
        if (!ReadString(out name, out var escaped))
        {
            return false;
        }

        if (escaped)
        {
            return Unusual();
        }

        return Expect((byte)':') && Peek(out _);
    }

    /// <summary>
    /// A string token (whitespace before it skipped): its bytes between the quotes and whether it has escapes. Checks
    /// what the token reader checks: escapes are valid, no raw control characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadString(out ReadOnlySpan<byte> raw, out bool escaped)
    {
        raw = default;
        escaped = false;
        if (!Expect((byte)'"'))
        {
            return false;
        }

        var start = _pos;
        var pos = start;
        while (true)
        {
            var stop = _data[pos..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                return NeedsMoreData();
            }

            pos += stop;
            var b = _data[pos];
            if (b == (byte)'"')
            {
                raw = _data[start..pos];
                _pos = pos + 1;
                return true;
            }

            if (b != (byte)'\\')
            {
                return Unusual(); // a raw control character
            }

            escaped = true;
            if (pos + 1 >= _data.Length)
            {
                return NeedsMoreData();
            }

            switch (_data[pos + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    pos += 2;
                    break;
                case (byte)'u':
                    if (pos + 6 > _data.Length)
                    {
                        return NeedsMoreData();
                    }

                    for (var i = pos + 2; i < pos + 6; i++)
                    {
                        if (!char.IsAsciiHexDigit((char)_data[i]))
                        {
                            return Unusual();
                        }
                    }

                    pos += 6;
                    break;
                default:
                    return Unusual();
            }
        }
    }

    /// <summary>Skips the rest of an object whose members are being read (after a member's value).</summary>
    public bool SkipRestOfObject()
    {
        if (!NextMember(out var more))
        {
            return false;
        }

        while (more)
        {
            if (!ReadName(out _) || !SkipValue() || !NextMember(out more))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Skips one value of any kind, checking its grammar, without building anything.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SkipValue()
    {
        // One bit per open container: 1 for an object, 0 for an array.
        ulong objects = 0;
        var depth = 0;
        while (true)
        {
            // A value starts here.
            if (!Peek(out var b))
            {
                return false;
            }

            switch (b)
            {
                case (byte)'"':
                    if (!ReadString(out _, out _))
                    {
                        return false;
                    }

                    break;
                case (byte)'{' or (byte)'[':
                    if (++depth > MaxSkipDepth)
                    {
                        return Unusual();
                    }

                    _pos++;
                    var isObject = b == (byte)'{';
                    objects = (objects << 1) | (isObject ? 1UL : 0UL);
                    if (!Peek(out var next))
                    {
                        return false;
                    }

                    if (next == (isObject ? (byte)'}' : (byte)']'))
                    {
                        _pos++;
                        depth--;
                        objects >>= 1;
                        break;
                    }

                    if (isObject && !ReadName(out _))
                    {
                        return false;
                    }

                    continue;
                case (byte)'t':
                    if (!ReadLiteral("true"u8))
                    {
                        return false;
                    }

                    break;
                case (byte)'f':
                    if (!ReadLiteral("false"u8))
                    {
                        return false;
                    }

                    break;
                case (byte)'n':
                    if (!ReadNull())
                    {
                        return false;
                    }

                    break;
                case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                    if (!ReadNumber())
                    {
                        return false;
                    }

                    break;
                default:
                    return Unusual();
            }

            // A value ended: close every container it completes, or move to the next member or element.
            while (true)
            {
                if (depth == 0)
                {
                    return true;
                }

                if (!Peek(out var after))
                {
                    return false;
                }

                _pos++;
                var inObject = (objects & 1) != 0;
                if (after == (byte)',')
                {
                    if (inObject && !ReadName(out _))
                    {
                        return false;
                    }

                    break;
                }

                if (after != (inObject ? (byte)'}' : (byte)']'))
                {
                    return Unusual();
                }

                depth--;
                objects >>= 1;
            }
        }
    }

    public bool ReadNull() => ReadLiteral("null"u8);

    /// <summary>
    /// Reads <c>null</c> when that is what comes next (<paramref name="isNull"/>); anything else is left for the caller.
    /// False only when the bytes end or are not JSON.
    /// </summary>
    public bool SkipNull(out bool isNull)
    {
        isNull = false;
        if (!Peek(out var first))
        {
            return false;
        }

        if (first != (byte)'n')
        {
            return true;
        }

        isNull = true;
        return ReadNull();
    }

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>, which must end where a value may end.</summary>
    private bool ReadLiteral(ReadOnlySpan<byte> literal)
    {
        if (!Peek(out _))
        {
            return false;
        }

        var rest = _data[_pos..];
        var common = Math.Min(rest.Length, literal.Length);
        if (!rest[..common].SequenceEqual(literal[..common]))
        {
            return Unusual();
        }

        if (common < literal.Length)
        {
            return NeedsMoreData();
        }

        _pos += literal.Length;
        return EndsValue();
    }

    /// <summary>A JSON number: <c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>, then a delimiter.</summary>
    private bool ReadNumber()
    {
        var data = _data;
        var pos = _pos;
        if (pos < data.Length && data[pos] == (byte)'-')
        {
            pos++;
        }

        if (pos >= data.Length)
        {
            return NeedsMoreData();
        }

        if (data[pos] == (byte)'0')
        {
            pos++;
        }
        else if (!Digits(data, ref pos, out var incomplete))
        {
            return incomplete ? NeedsMoreData() : Unusual();
        }

        if (pos < data.Length && data[pos] == (byte)'.')
        {
            pos++;
            if (!Digits(data, ref pos, out var incomplete))
            {
                return incomplete ? NeedsMoreData() : Unusual();
            }
        }

        if (pos < data.Length && (data[pos] | 0x20) == (byte)'e')
        {
            pos++;
            if (pos < data.Length && data[pos] is (byte)'+' or (byte)'-')
            {
                pos++;
            }

            if (!Digits(data, ref pos, out var incomplete))
            {
                return incomplete ? NeedsMoreData() : Unusual();
            }
        }

        _pos = pos;
        return EndsValue();

        static bool Digits(ReadOnlySpan<byte> data, ref int pos, out bool incomplete)
        {
            var start = pos;
            while (pos < data.Length && char.IsAsciiDigit((char)data[pos]))
            {
                pos++;
            }

            incomplete = pos == data.Length;
            return pos > start && !incomplete;
        }
    }

    /// <summary>After a literal or a number: the next byte must be whitespace, a comma or a closing bracket.</summary>
    private bool EndsValue()
    {
        if (_pos >= _data.Length)
        {
            return NeedsMoreData();
        }

        return _data[_pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)',' or (byte)'}' or (byte)']' || Unusual();
    }

    /// <summary>Skips whitespace and consumes <paramref name="expected"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Expect(byte expected)
    {
        if (!Peek(out var b))
        {
            return false;
        }

        if (b != expected)
        {
            return Unusual();
        }

        _pos++;
        return true;
    }

    /// <summary>Skips whitespace (counting line breaks) and looks at the next byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Peek(out byte next)
    {
        var data = _data;
        var pos = _pos;
        while ((uint)pos < (uint)data.Length)
        {
            var b = data[pos];
            if (b > (byte)' ')
            {
                _pos = pos;
                next = b;
                return true;
            }

            if (b == (byte)'\n')
            {
                _lines++;
            }
            else if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t'))
            {
                _pos = pos;
                next = b;
                return true;
            }

            pos++;
        }

        _pos = pos;
        next = 0;
        return NeedsMoreData();
    }

    private bool NeedsMoreData()
    {
        _failure = ExportScanOutcome.NeedsMoreData;
        return false;
    }

    public bool Unusual()
    {
        _failure = ExportScanOutcome.Unusual;
        return false;
    }
}
