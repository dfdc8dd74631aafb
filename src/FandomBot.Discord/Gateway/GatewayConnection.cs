using System.Buffers;
using System.Net.WebSockets;

namespace FandomBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway: framing, optional zlib-stream inflation, the send budget and the
/// 4096-byte limit. It knows nothing of sessions; <see cref="GatewayShard"/> drives it.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly GatewaySendLimiter _limiter;
    private readonly ZlibStreamInflater? _inflater;
    private readonly ArrayBufferWriter<byte> _frames = new(16 * 1024);
    private readonly ArrayBufferWriter<byte> _inflated = new(16 * 1024);
    private readonly TimeProvider _time;

    private GatewayConnection(ClientWebSocket socket, bool compression, TimeProvider timeProvider)
    {
        _socket = socket;
        _time = timeProvider;
        _limiter = new GatewaySendLimiter(timeProvider);
        _inflater = compression ? new ZlibStreamInflater() : null;
    }

    /// <summary>Opens a connection to <paramref name="baseUrl"/> with the v10 JSON query (and zlib-stream if asked).</summary>
    public static async Task<GatewayConnection> ConnectAsync(
        Uri baseUrl, bool compression, string userAgent, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            socket.Options.SetRequestHeader("User-Agent", userAgent);
            // Heartbeats are our liveness check; the socket's own pings would only add traffic.
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(BuildUri(baseUrl, compression), cancellationToken).ConfigureAwait(false);
            return new GatewayConnection(socket, compression, timeProvider);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The URL with <c>v=10&amp;encoding=json</c> (and <c>compress=zlib-stream</c>), replacing any query it had.</summary>
    public static Uri BuildUri(Uri baseUrl, bool compression)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var builder = new UriBuilder(baseUrl)
        {
            Query = compression ? "v=10&encoding=json&compress=zlib-stream" : "v=10&encoding=json",
        };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    /// <summary>Sends one command within the send budget; heartbeats may use the slots kept for them.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> payload, bool isHeartbeat, CancellationToken cancellationToken)
    {
        if (payload.Length > GatewayShard.MaxPayloadBytes)
        {
            throw new GatewayPayloadTooLargeException(payload.Length);
        }

        await _limiter.AcquireAsync(isHeartbeat, cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Receives the next complete message (inflated when compressed), or the close.</summary>
    public async Task<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        _frames.ResetWrittenCount();
        while (true)
        {
            var memory = _frames.GetMemory(8 * 1024);
            var result = await _socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = (int?)_socket.CloseStatus;
                await AnswerServerCloseAsync(code).ConfigureAwait(false);
                return GatewayReceiveResult.Closed(code, _socket.CloseStatusDescription);
            }

            _frames.Advance(result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (_inflater is null || result.MessageType == WebSocketMessageType.Text)
            {
                return GatewayReceiveResult.Message(_frames.WrittenMemory);
            }

            // Discord may split one compressed message over several WebSocket messages: only the sync-flush
            // suffix says the zlib data is complete.
            if (!ZlibStreamInflater.EndsMessage(_frames.WrittenSpan))
            {
                continue;
            }

            _inflated.ResetWrittenCount();
            _inflater.Inflate(_frames.WrittenMemory, _inflated);
            return GatewayReceiveResult.Message(_inflated.WrittenMemory);
        }
    }

    /// <summary>How long a goodbye may take before the socket is simply dropped.</summary>
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Sends a close frame without waiting for the server's answer (a zombie server never answers), then drops the
    /// socket. Codes other than 1000/1001 keep the session resumable. A send stuck on a dead link cannot hold this
    /// up for longer than <see cref="CloseTimeout"/>. With <paramref name="awaitServerClose"/> (a healthy server that
    /// asked us to go), the server's close frame is awaited first, so the server surely reads our close code.
    /// </summary>
    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken, bool awaitServerClose = false)
    {
        using var timeout = new CancellationTokenSource(CloseTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _sendLock.WaitAsync(linked.Token).ConfigureAwait(false);
                try
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, linked.Token).ConfigureAwait(false);
                }
                finally
                {
                    _sendLock.Release();
                }

                if (awaitServerClose)
                {
                    await DrainUntilClosedAsync(linked.Token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is being dropped either way; a failed goodbye changes nothing.
        }
        finally
        {
            _socket.Abort();
        }
    }

    /// <summary>
    /// Sends a close frame and nothing else: the socket stays up so the receive loop can go on reading until the
    /// server's own close frame, and the server surely reads our code (a close that only aborts the socket reaches
    /// the server as 1006). Does nothing once a close frame was sent or the socket is gone.
    /// </summary>
    public async Task SendCloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is going away on its own; there is no one left to tell.
        }
    }

    /// <summary>
    /// Completes the closing handshake the server started: a close frame back before the socket goes, or the server
    /// records 1006 (abnormal closure), as if the client had crashed. The code is echoed (RFC 6455 §5.5.1), except
    /// 1000 and 1001: coming from us those would end the session on Discord's side, and after a server's 1000/1001 the
    /// shard means to resume, so it answers with <see cref="GatewayCloseCodes.ClientReconnect"/> instead. Does nothing
    /// when the close frame answers one of ours (the handshake is then complete), and never waits longer than
    /// <see cref="CloseTimeout"/>.
    /// </summary>
    private async Task AnswerServerCloseAsync(int? serverCode)
    {
        if (_socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        var (answer, reason) = serverCode switch
        {
            null => (WebSocketCloseStatus.Empty, null),
            1000 or 1001 => ((WebSocketCloseStatus)GatewayCloseCodes.ClientReconnect, "reconnecting"),
            { } code => ((WebSocketCloseStatus)code, _socket.CloseStatusDescription),
        };
        using var timeout = new CancellationTokenSource(CloseTimeout, _time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(answer, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or ArgumentException)
        {
            // A code the socket refuses to send, or a link already gone: the close is acted on all the same.
        }
    }

    /// <summary>Discards what the server still sends (it will be replayed on resume) until its close frame.</summary>
    private async Task DrainUntilClosedAsync(CancellationToken cancellationToken)
    {
        var scratch = new byte[4096];
        while (_socket.State == WebSocketState.CloseSent)
        {
            var result = await _socket.ReceiveAsync(scratch.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _inflater?.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
