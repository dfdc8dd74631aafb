using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace FandomBot.Tests.Diagnostics;

/// <summary>
/// A collector's OTLP/HTTP endpoint on 127.0.0.1, as small as it gets: it accepts every POST with 200 and keeps the
/// path, content type and protobuf body, for tests that point the bot's <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> at it.
/// </summary>
internal sealed class FakeOtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<OtlpRequest> _requests = new();
    private readonly Task _serving;

    private FakeOtlpReceiver(int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<OtlpRequest> Requests => [.. _requests];

    /// <summary>The bot's configuration overrides that send its telemetry here over http/protobuf.</summary>
    public IEnumerable<string> Overrides => [$"--OTEL_EXPORTER_OTLP_ENDPOINT={Endpoint}", "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf"];

    public static FakeOtlpReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new FakeOtlpReceiver(port);
    }

    public IEnumerable<OtlpRequest> To(string path) => Requests.Where(r => r.Path == path);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _requests.Enqueue(new OtlpRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.ContentType, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}

/// <summary>One export the receiver got. The body is OTLP protobuf, whose strings (names, attribute keys and values) are plain UTF-8 in it.</summary>
internal sealed record OtlpRequest(string Method, string Path, string? ContentType, byte[] Body)
{
    public bool Holds(string text) => Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}
