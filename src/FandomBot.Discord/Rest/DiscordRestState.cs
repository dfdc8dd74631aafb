using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FandomBot.Discord.Rest;

/// <summary>
/// What every <see cref="DiscordRestClient"/> in the process shares (a singleton): the rate-limit buckets, the
/// global limit, the invalid-request count and whether the token still works.
/// </summary>
public sealed class DiscordRestState
{
    /// <summary>Creates the shared state.</summary>
    public DiscordRestState(IOptions<DiscordClientOptions> options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        Time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        Options = options.Value;
        RateLimiter = new RestRateLimiter(Time);
        InvalidRequests = new InvalidRequestMonitor(Time, loggerFactory.CreateLogger<InvalidRequestMonitor>());
        TokenStatus = new BotTokenStatus(loggerFactory.CreateLogger<BotTokenStatus>());
        BotToken = ReadToken(Options);
        UserAgent = $"DiscordBot ({Options.UserAgentUrl.AbsoluteUri}, {ClientVersion})";
    }

    /// <summary>Raised when a request starts waiting for a rate limit or a retry backoff.</summary>
    public event Action<RateLimitWait>? WaitStarted
    {
        add => RateLimiter.WaitStarted += value;
        remove => RateLimiter.WaitStarted -= value;
    }

    /// <summary>401, 403 and 429 answers in the last 10 minutes (Discord bans the IP at 10,000).</summary>
    public int InvalidRequestsInWindow => InvalidRequests.CountInWindow;

    /// <summary>Whether Discord rejected the bot token; bot calls then fail without being sent.</summary>
    public bool IsTokenRevoked => TokenStatus.IsRevoked;

    /// <summary>The client's version, as in the User-Agent.</summary>
    public static string ClientVersion { get; } =
        (typeof(DiscordRestState).Assembly.GetName().Version ?? new Version(0, 1, 0)).ToString(3);

    internal DiscordClientOptions Options { get; }

    internal TimeProvider Time { get; }

    internal RestRateLimiter RateLimiter { get; }

    internal InvalidRequestMonitor InvalidRequests { get; }

    internal BotTokenStatus TokenStatus { get; }

    internal string? BotToken { get; }

    internal string UserAgent { get; }

    private static string? ReadToken(DiscordClientOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Token))
        {
            return options.Token.Trim();
        }

        // Docker and Kubernetes mount secrets as files; checking that one exists is the options validation's job.
        return !string.IsNullOrWhiteSpace(options.TokenFile) && File.Exists(options.TokenFile)
            ? File.ReadAllText(options.TokenFile).Trim()
            : null;
    }
}
