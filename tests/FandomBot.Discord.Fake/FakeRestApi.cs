using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using FandomBot.Discord.Fake.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Discord.Fake;

/// <summary>
/// The REST half of the fake Discord server, under <c>/api/v10</c>: every call the client makes, each request
/// recorded (method, path, headers, JSON body) and checked against Discord's OpenAPI description, answers scriptable
/// per route (status, headers, 429, 5xx, Discord error JSON), and optional realistic rate limiting.
/// </summary>
public sealed class FakeRestApi
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<ContractViolation> _violations = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Seen)> _waiters = [];
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _originalResponses = new(StringComparer.Ordinal);
    private readonly FakeRateLimiter _rateLimiter;
    private readonly FakeRestAnswers _answers;

    /// <summary>Creates the REST half on the server's clock.</summary>
    public FakeRestApi(TimeProvider timeProvider)
    {
        Time = timeProvider;
        _answers = new FakeRestAnswers(this);
        _rateLimiter = new FakeRateLimiter(timeProvider);
    }

    /// <summary>The bot user's id (<c>GET /users/@me</c>, message authors).</summary>
    public ulong BotUserId { get; set; } = 100_000_000_000_000_001;

    /// <summary>The bot user's name.</summary>
    public string BotUserName { get; set; } = "FandomBot";

    /// <summary>The application's id (<c>GET /applications/@me</c>).</summary>
    public ulong ApplicationId { get; set; } = 100_000_000_000_000_002;

    /// <summary>When set, bot routes answer 401 unless <c>Authorization</c> is <c>Bot</c> + this token.</summary>
    public string? RequiredBotToken { get; set; }

    /// <summary>What <c>GET /gateway/bot</c> answers besides the fake gateway's URL.</summary>
    public FakeGatewayBotSettings GatewayBot { get; } = new();

    /// <summary>
    /// Whether request bodies are checked against Discord's OpenAPI description (on by default; a no-op when the
    /// document is absent outside CI, see <see cref="OpenApiContract"/>).
    /// </summary>
    public bool ValidateContract { get; set; } = true;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Request bodies that broke Discord's published schema. Tests assert this stays empty.</summary>
    public IReadOnlyList<ContractViolation> ContractViolations
    {
        get
        {
            lock (_lock)
            {
                return [.. _violations];
            }
        }
    }

    internal TimeProvider Time { get; }

    /// <summary>The requests of one route (see <see cref="FakeRoutes"/>).</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string route) => [.. Requests.Where(r => r.Route == route)];

    /// <summary>Queues answers for a route, used one per request before the usual answer resumes.</summary>
    public void Script(string route, params FakeResponse[] responses)
    {
        var queue = _scripts.GetOrAdd(route, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    /// <summary>Rate limits a route as Discord would: headers on every answer and 429 beyond the limit.</summary>
    public void EnableRateLimit(string route, FakeRateLimit limit) => _rateLimiter.Enable(route, limit);

    /// <summary>Completes when a matching request has arrived (at once if one already has).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        TaskCompletionSource<RecordedRequest> seen;
        lock (_lock)
        {
            if (_requests.FirstOrDefault(match) is { } already)
            {
                return already;
            }

            seen = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, seen));
        }

        // A real-time guard only against hangs; correctness never depends on it.
        return await seen.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (ValidateContract)
        {
            // Start loading the megabyte-sized description now, so the first request does not wait for it.
            _ = OpenApiContract.TryGetAsync();
        }

        MapRoute(app, FakeRoutes.GetGatewayBot, bot: true, (context, _) =>
            (200, _answers.GatewayBot(context.RequestServices.GetRequiredService<FakeGateway>().PublicUrl)));
        MapRoute(app, FakeRoutes.GetCurrentUser, bot: true, (_, _) => (200, _answers.CurrentUser()));
        MapRoute(app, FakeRoutes.GetCurrentApplication, bot: true, (_, _) => (200, _answers.Application()));
        MapRoute(app, FakeRoutes.CreateDmChannel, bot: true, (_, body) => (200, _answers.DmChannel(body)));
        MapRoute(app, FakeRoutes.CreateMessage, bot: true, (context, body) =>
            (200, _answers.Message(Value(context, "channel_id"), null, body, edited: false)));
        MapRoute(app, FakeRoutes.EditMessage, bot: true, (context, body) =>
            (200, _answers.Message(Value(context, "channel_id"), Value(context, "message_id"), body, edited: true)));
        MapRoute(app, FakeRoutes.InteractionCallback, bot: false, (context, body) => AcknowledgeInteraction(Value(context, "interaction_token"), body));
        MapRoute(app, FakeRoutes.GetOriginalResponse, bot: false, (context, _) =>
            _originalResponses.TryGetValue(Value(context, "webhook_token"), out var original)
                ? (200, original.DeepClone())
                : (404, new JsonObject { ["message"] = "Unknown Message", ["code"] = 10008 }));
        MapRoute(app, FakeRoutes.EditOriginalResponse, bot: false, (context, body) =>
            (200, _answers.Message(_answers.NewId(), null, body, edited: true, Value(context, "webhook_id"))));
        MapRoute(app, FakeRoutes.DeleteOriginalResponse, bot: false, (_, _) => (204, null));
        MapRoute(app, FakeRoutes.CreateFollowup, bot: false, (context, body) =>
            (200, _answers.Message(_answers.NewId(), null, body, edited: false, Value(context, "webhook_id"))));
        MapRoute(app, FakeRoutes.BulkOverwriteGlobalCommands, bot: true, (context, body) => (200, _answers.Commands(body, context)));
        MapRoute(app, FakeRoutes.BulkOverwriteGuildCommands, bot: true, (context, body) => (200, _answers.Commands(body, context)));
    }

    private void MapRoute(WebApplication app, string route, bool bot, Func<HttpContext, JsonNode?, (int Status, JsonNode? Body)> usual)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        app.MapMethods("/api/v10" + route[(space + 1)..], [route[..space]], async context =>
        {
            try
            {
                await HandleAsync(context, route, bot, usual).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
            {
                // A bug in the fake must not look like a Discord 5xx that the client would politely retry.
                await WriteAsync(context, 599, new JsonObject { ["message"] = "Fake server failure: " + e }.ToJsonString(), null).ConfigureAwait(false);
            }
        });
    }

    private async Task HandleAsync(HttpContext context, string route, bool bot, Func<HttpContext, JsonNode?, (int Status, JsonNode? Body)> usual)
    {
        var receivedAt = Time.GetUtcNow();
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var body = await CheckBodyAsync(route, text).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Record(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", route, headers, body, receivedAt));

        if (bot && !IsAuthorized(headers))
        {
            await WriteAsync(context, 401, """{"message": "401: Unauthorized", "code": 0}""", null).ConfigureAwait(false);
            return;
        }

        var script = _scripts.TryGetValue(route, out var queue) && queue.TryDequeue(out var next) ? next : null;
        if (script is { DropsConnection: true })
        {
            if (script.TakesEffect)
            {
                _ = usual(context, body);
            }

            context.Abort();
            return;
        }

        if (script?.Status is { } scriptedStatus)
        {
            if (script.TakesEffect)
            {
                _ = usual(context, body);
            }

            await WriteAsync(context, scriptedStatus, script.Body, script.Headers).ConfigureAwait(false);
            return;
        }

        var extraHeaders = new Dictionary<string, string>(script?.Headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        if (_rateLimiter.TakeSlot(route, context, extraHeaders) is { } limited)
        {
            await WriteAsync(context, limited.Status!.Value, limited.Body, limited.Headers).ConfigureAwait(false);
            return;
        }

        var (status, answer) = usual(context, body);
        await WriteAsync(context, status, answer?.ToJsonString(), extraHeaders).ConfigureAwait(false);
    }

    private async Task<JsonNode?> CheckBodyAsync(string route, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            AddViolation(new ContractViolation(route, [$"The body is not JSON: {e.Message}"], text));
            return null;
        }

        if (ValidateContract)
        {
            IReadOnlyList<string> errors;
            try
            {
                errors = await OpenApiContract.TryGetAsync().ConfigureAwait(false) is { } contract
                    ? contract.Validate(route, text)
                    : OpenApiContract.IsRequired ? [OpenApiContract.AbsenceReason + " CI requires it."] : [];
            }
            catch (IOException e)
            {
                errors = [$"Discord's OpenAPI description could not be loaded: {e.Message}"];
            }

            if (errors.Count > 0)
            {
                AddViolation(new ContractViolation(route, errors, text));
            }
        }

        return body;
    }

    /// <summary>
    /// An interaction callback: a message (type 4) or "thinking…" (type 5) becomes the original response, which
    /// <c>GET …/messages/@original</c> then finds; the other types answer on an existing message or none.
    /// </summary>
    private (int Status, JsonNode? Body) AcknowledgeInteraction(string token, JsonNode? body)
    {
        var type = body?["type"]?.GetValueKind() == JsonValueKind.Number ? body["type"]!.GetValue<int>() : 0;
        if (type is 4 or 5)
        {
            var data = type == 4 ? body!["data"] : new JsonObject { ["flags"] = 128 | (body!["data"]?["flags"]?.GetValue<int>() ?? 0) };
            _originalResponses[token] = _answers.Message(_answers.NewId(), null, data, edited: false, ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return (204, null);
    }

    private bool IsAuthorized(Dictionary<string, string> headers) =>
        headers.TryGetValue("Authorization", out var authorization)
        && authorization.StartsWith("Bot ", StringComparison.Ordinal)
        && authorization.Length > 4
        && (RequiredBotToken is null || authorization == "Bot " + RequiredBotToken);

    private void Record(RecordedRequest request)
    {
        List<TaskCompletionSource<RecordedRequest>> matched = [];
        lock (_lock)
        {
            _requests.Add(request);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(request))
                {
                    matched.Add(_waiters[i].Seen);
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var seen in matched)
        {
            seen.TrySetResult(request);
        }
    }

    private void AddViolation(ContractViolation violation)
    {
        lock (_lock)
        {
            _violations.Add(violation);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string? body, IReadOnlyDictionary<string, string>? headers)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (body is not null && status != 204)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static string Value(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? "";
}
