using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Rest;

/// <summary>
/// Sends one REST request through the rate limits and retries: waits for its bucket and the global limit, obeys
/// 429s, retries 5xx with bounded backoff, turns other failures into <see cref="DiscordApiError"/> values, and stops
/// using the bot token after a 401.
/// </summary>
internal sealed class RestRequestSender(
    HttpClient http,
    Uri apiBaseUrl,
    string? botToken,
    string userAgent,
    RestRateLimiter limiter,
    InvalidRequestMonitor invalidRequests,
    BotTokenStatus tokenStatus,
    ILogger logger)
{
    /// <summary>How many times a 5xx or a failed connection is retried.</summary>
    public const int MaxServerErrorRetries = 3;

    /// <summary>How many 429s in a row one request obeys before giving up.</summary>
    public const int MaxRateLimitRetries = 5;

    /// <summary>The first backoff after a 5xx; doubled on each further attempt.</summary>
    public static readonly TimeSpan FirstServerErrorBackoff = TimeSpan.FromSeconds(1);

    /// <summary>The first backoff of a call with a deadline of seconds (<see cref="RestResendRule"/>); doubled likewise.</summary>
    public static readonly TimeSpan FirstDeadlineBackoff = TimeSpan.FromMilliseconds(250);

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly Uri _base = apiBaseUrl.AbsoluteUri.EndsWith('/') ? apiBaseUrl : new Uri(apiBaseUrl.AbsoluteUri + "/");

    /// <summary>Sends the request; on success returns the body bytes (empty for 204, and for a call found to have landed).</summary>
    /// <param name="route">The call.</param>
    /// <param name="body">The JSON body, if any.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <param name="resend">For a call with a deadline: when it may be sent again (see <see cref="RestResendRule"/>).</param>
    public async Task<DiscordResult<byte[]>> SendAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken, RestResendRule? resend = null)
    {
        if (route.UsesBotToken && (tokenStatus.IsRevoked || string.IsNullOrEmpty(botToken)))
        {
            return Failure(DiscordErrorKind.Unauthorized, null, null,
                tokenStatus.IsRevoked ? "The bot token was rejected earlier; the request was not sent." : "No bot token is configured.");
        }

        var bucket = await limiter.EnterBucketAsync(route, cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendInBucketAsync(route, body, resend, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private async Task<DiscordResult<byte[]>> SendInBucketAsync(RestRoute route, byte[]? body, RestResendRule? resend, CancellationToken cancellationToken)
    {
        var rateLimitRetries = 0;
        var serverErrorRetries = 0;
        while (true)
        {
            if (route.UsesBotToken && tokenStatus.IsRevoked)
            {
                return Failure(DiscordErrorKind.Unauthorized, null, null, "The bot token was rejected; the request was not sent.");
            }

            await limiter.WaitForBucketAsync(route, cancellationToken).ConfigureAwait(false);
            await limiter.WaitForGlobalAsync(route, cancellationToken).ConfigureAwait(false);

            HttpResponseMessage response;
            try
            {
                using var request = BuildRequest(route, body);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                Diagnostics.DiscordMetrics.RestRequest(route.RouteKey, (int)response.StatusCode, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (resend is not null)
                {
                    // A connection that never opened carried nothing; any other failure may have come after the
                    // request went out.
                    var unsent = e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
                    var verdict = await DecideResendAsync(route, resend, serverErrorRetries, mayHaveLanded: !unsent, cancellationToken).ConfigureAwait(false);
                    if (verdict == ResendVerdict.Landed)
                    {
                        return DiscordResult<byte[]>.Success([]);
                    }

                    if (verdict == ResendVerdict.GiveUp)
                    {
                        logger.NoAnswer(route, e.Message);
                        return Failure(DiscordErrorKind.NetworkFailure, null, null, $"No answer from Discord: {e.Message}");
                    }

                    await limiter.WaitAsync(route, Backoff(serverErrorRetries++, resend), "network backoff", cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // A POST may have reached Discord before the connection broke; sending it again could post twice.
                if (route.Method == HttpMethod.Post || serverErrorRetries >= MaxServerErrorRetries)
                {
                    logger.NoAnswer(route, e.Message);
                    return Failure(DiscordErrorKind.NetworkFailure, null, null, $"No answer from Discord: {e.Message}");
                }

                await limiter.WaitAsync(route, Backoff(serverErrorRetries++), "network backoff", cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var headers = RateLimitHeaders.From(response);
                limiter.Learn(route, headers);
                invalidRequests.Record(response.StatusCode, headers.Scope);
                var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var status = response.StatusCode;

                if (response.IsSuccessStatusCode)
                {
                    if (route.UsesBotToken)
                    {
                        tokenStatus.Accepted();
                    }

                    return DiscordResult<byte[]>.Success(content);
                }

                if (status == HttpStatusCode.TooManyRequests)
                {
                    var error = ParseError(content);
                    var retryAfter = error?.RetryAfter is { } seconds && seconds >= 0
                        ? TimeSpan.FromSeconds(seconds)
                        : headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);
                    var global = error?.Global == true || headers.IsGlobal;
                    logger.RateLimited(route, global ? "global" : headers.Scope ?? "route", retryAfter);
                    Diagnostics.DiscordMetrics.RateLimited(route.RouteKey, global);
                    limiter.OnRateLimited(route, retryAfter, global);
                    if (++rateLimitRetries > MaxRateLimitRetries)
                    {
                        return Failure(DiscordErrorKind.RateLimited, status, error?.Code, $"Still rate limited after {MaxRateLimitRetries} retries.");
                    }

                    // A 429 did nothing, so only the deadline can stop the resend.
                    if (resend is not null
                        && await DecideResendAsync(route, resend, retryAfter, mayHaveLanded: false, cancellationToken).ConfigureAwait(false) != ResendVerdict.Resend)
                    {
                        return Failure(DiscordErrorKind.RateLimited, status, error?.Code, $"Rate limited for {retryAfter.TotalSeconds:0.###} s: past the call's deadline, not sent again.");
                    }

                    continue;
                }

                if ((int)status >= 500 && (resend is not null || route.IsInteractionCallback))
                {
                    // The callback may have taken effect before Discord failed: without a rule that can look for it,
                    // it is never sent again (a second POST could answer twice, and rarely within the 3 s anyway).
                    var verdict = resend is null
                        ? ResendVerdict.GiveUp
                        : await DecideResendAsync(route, resend, serverErrorRetries, mayHaveLanded: route.Method != HttpMethod.Get, cancellationToken).ConfigureAwait(false);
                    if (verdict == ResendVerdict.Landed)
                    {
                        return DiscordResult<byte[]>.Success([]);
                    }

                    if (verdict == ResendVerdict.GiveUp)
                    {
                        logger.ServerErrorsExhausted((int)status, route, serverErrorRetries + 1);
                        return Failure(DiscordErrorKind.ServerUnavailable, status, null, $"Discord answered {(int)status} on {serverErrorRetries + 1} attempts.");
                    }

                    await limiter.WaitAsync(route, Backoff(serverErrorRetries++, resend), "5xx backoff", cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if ((int)status >= 500)
                {
                    if (serverErrorRetries >= MaxServerErrorRetries)
                    {
                        logger.ServerErrorsExhausted((int)status, route, serverErrorRetries + 1);
                        return Failure(DiscordErrorKind.ServerUnavailable, status, null, $"Discord answered {(int)status} on {serverErrorRetries + 1} attempts.");
                    }

                    await limiter.WaitAsync(route, Backoff(serverErrorRetries++), "5xx backoff", cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var rejection = ParseError(content);
                if (status == HttpStatusCode.Unauthorized && route.UsesBotToken)
                {
                    tokenStatus.Revoke(route.RouteKey);
                    return Failure(DiscordErrorKind.Unauthorized, status, rejection?.Code, rejection?.Message ?? "401: Unauthorized");
                }

                logger.Refused(route, (int)status, rejection?.Code);
                return Failure(DiscordErrorKind.Rejected, status, rejection?.Code, rejection?.Message ?? $"HTTP {(int)status}");
            }
        }
    }

    private HttpRequestMessage BuildRequest(RestRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(_base, route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (route.UsesBotToken)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + botToken);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        return request;
    }

    private static TimeSpan Backoff(int retry) => FirstServerErrorBackoff * Math.Pow(2, retry);

    private static TimeSpan Backoff(int retry, RestResendRule? resend) =>
        (resend is null ? FirstServerErrorBackoff : FirstDeadlineBackoff) * Math.Pow(2, retry);

    /// <summary>After a 5xx or no answer: at most <see cref="MaxServerErrorRetries"/> resends, each after its backoff.</summary>
    private async Task<ResendVerdict> DecideResendAsync(RestRoute route, RestResendRule rule, int retries, bool mayHaveLanded, CancellationToken cancellationToken) =>
        retries >= MaxServerErrorRetries
            ? ResendVerdict.GiveUp
            : await DecideResendAsync(route, rule, Backoff(retries, rule), mayHaveLanded, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Whether a call with a deadline goes out again after a failed attempt: first, when it may have taken effect,
    /// whether it did (a call found to have landed is done; one that cannot be checked is not risked twice); then
    /// whether the wait before the resend ends before the deadline.
    /// </summary>
    private async Task<ResendVerdict> DecideResendAsync(RestRoute route, RestResendRule rule, TimeSpan wait, bool mayHaveLanded, CancellationToken cancellationToken)
    {
        if (mayHaveLanded)
        {
            var landed = rule.CheckLanded is null ? null : await rule.CheckLanded(cancellationToken).ConfigureAwait(false);
            if (landed == true)
            {
                logger.LandedDespiteFailure(route);
                return ResendVerdict.Landed;
            }

            if (landed is null)
            {
                logger.NotResent(route, "it may have taken effect and that cannot be checked");
                return ResendVerdict.GiveUp;
            }
        }

        if (limiter.Time.GetUtcNow() + wait >= rule.Deadline)
        {
            logger.NotResent(route, "its deadline would have passed");
            return ResendVerdict.GiveUp;
        }

        return ResendVerdict.Resend;
    }

    private static DiscordErrorBody? ParseError(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, RestJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            // Cloudflare and proxies answer with HTML; the status alone then tells what happened.
            return null;
        }
    }

    private static DiscordResult<byte[]> Failure(DiscordErrorKind kind, HttpStatusCode? status, int? code, string message) =>
        DiscordResult<byte[]>.Failure(new DiscordApiError(kind, status, code, message));
}
