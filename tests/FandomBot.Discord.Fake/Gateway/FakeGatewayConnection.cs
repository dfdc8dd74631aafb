using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>
/// The server end of one client WebSocket: sends text or zlib-stream frames, counts the client's commands against
/// Discord's limits and can be turned into a zombie (nothing answered, nothing delivered).
/// </summary>
internal sealed class FakeGatewayConnection : IDisposable
{
    /// <summary>Discord closes a connection that sends more than this many commands in 60 s.</summary>
    public const int DiscordSendLimit = 120;

    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly MemoryStream? _compressedBuffer;
    private readonly ZLibStream? _compressor;
    private readonly TimeProvider _time;
    private readonly Queue<DateTimeOffset> _commandTimes = new();

    public FakeGatewayConnection(FakeGatewayConnectionInfo info, WebSocket socket, TimeProvider time)
    {
        Info = info;
        _socket = socket;
        _time = time;
        if (info.Compressed)
        {
            _compressedBuffer = new MemoryStream();
            _compressor = new ZLibStream(_compressedBuffer, CompressionLevel.Fastest, leaveOpen: true);
        }
    }

    public FakeGatewayConnectionInfo Info { get; }

    public WebSocket Socket => _socket;

    /// <summary>The session this connection identified or resumed into.</summary>
    public FakeGatewaySession? Session { get; set; }

    /// <summary>When true the connection answers nothing and delivers nothing, like a half-dead TCP link.</summary>
    public bool IsZombie { get; set; }

    /// <summary>The most commands the client sent within any 60 s on this connection.</summary>
    public int MaxCommandsPerMinute { get; private set; }

    /// <summary>The server sent its close frame; commands that still arrive are drained, not handled.</summary>
    public bool IsClosing { get; private set; }

    /// <summary>Counts a command; returns false when the client went over Discord's limit.</summary>
    public bool CountCommand()
    {
        var now = _time.GetUtcNow();
        while (_commandTimes.Count > 0 && now - _commandTimes.Peek() >= TimeSpan.FromSeconds(60))
        {
            _commandTimes.Dequeue();
        }

        _commandTimes.Enqueue(now);
        MaxCommandsPerMinute = Math.Max(MaxCommandsPerMinute, _commandTimes.Count);
        return _commandTimes.Count <= DiscordSendLimit;
    }

    /// <summary>Sends one payload, compressed when the client asked for zlib-stream. Dropped when a zombie.</summary>
    public async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        if (IsZombie)
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State != WebSocketState.Open)
            {
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(json);
            if (_compressor is null)
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                return;
            }

            // One zlib stream for the whole connection; Flush ends each message with the 00 00 FF FF sync marker.
            _compressedBuffer!.SetLength(0);
            _compressor.Write(bytes);
            _compressor.Flush();
            var compressed = _compressedBuffer.ToArray();

            // Split big messages in two frames-worth of WebSocket messages, as Discord may: the client must wait
            // for the sync marker, not for the end of one WebSocket message.
            if (compressed.Length > 64)
            {
                var half = compressed.Length / 2;
                await _socket.SendAsync(compressed.AsMemory(0, half), WebSocketMessageType.Binary, true, cancellationToken).ConfigureAwait(false);
                await _socket.SendAsync(compressed.AsMemory(half), WebSocketMessageType.Binary, true, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _socket.SendAsync(compressed, WebSocketMessageType.Binary, true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; tests see that through their own assertions.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Closes from the server side with <paramref name="code"/>. The socket is not torn down here: a reset could
    /// destroy the close frame before the client reads it, so the receive loop drains until the client goes.
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            IsClosing = true;
            _sendLock.Release();
        }
    }

    public void Dispose()
    {
        _compressor?.Dispose();
        _compressedBuffer?.Dispose();
        _sendLock.Dispose();
    }
}
