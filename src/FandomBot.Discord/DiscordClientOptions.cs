using FandomBot.Discord.Gateway;

namespace FandomBot.Discord;

/// <summary>Settings of the Discord client, bound from the <c>Discord</c> configuration section.</summary>
public sealed class DiscordClientOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Discord";

    /// <summary>The bot token. Never logged: <see cref="ToString"/> redacts it.</summary>
    public string? Token { get; set; }

    /// <summary>A file holding the token (Docker and Kubernetes secrets); read when <see cref="Token"/> is empty.</summary>
    public string? TokenFile { get; set; }

    /// <summary>The REST base URL. Tests and local sandboxes point it at 127.0.0.1.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Overrides the gateway URL that <c>GET /gateway/bot</c> returns.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>The total number of shards; empty means Discord's recommended count.</summary>
    public int? ShardCount { get; set; }

    /// <summary>
    /// The shards this process runs, as a list or ranges ("0,1" or "0-3"); empty means all; <c>auto</c> means this
    /// process's share of <see cref="ShardCount"/> among <see cref="ProcessCount"/> processes (see
    /// <see cref="Sharding.ShardSelection.ForProcess"/>).
    /// </summary>
    public string? ShardIds { get; set; }

    /// <summary>With <c>ShardIds=auto</c>: how many processes share the shards (a StatefulSet's replicas).</summary>
    public int? ProcessCount { get; set; }

    /// <summary>
    /// With <c>ShardIds=auto</c>: this process's number, 0 to <see cref="ProcessCount"/> - 1. Empty means the ordinal
    /// at the end of the host name (<c>fandombot-3</c> is 3), as a StatefulSet names its pods.
    /// </summary>
    public int? ProcessIndex { get; set; }

    /// <summary>The gateway intents to identify with.</summary>
    public GatewayIntents Intents { get; set; } = GatewayIntents.Default;

    /// <summary>Whether to ask the gateway for zlib-stream transport compression.</summary>
    public bool Compression { get; set; }

    /// <summary>
    /// Whether stopping (SIGTERM) hands the shards' sessions over: each connection closes with a code that keeps its
    /// session on Discord's side, and the session is stored for the next owner of the shard, which resumes it and
    /// receives what was said meanwhile. False for a final shutdown: close code 1000, Discord ends the sessions and
    /// the bot shows offline at once instead of a few minutes later.
    /// </summary>
    public bool HandoverOnStop { get; set; } = true;

    /// <summary>
    /// How old a stored session may be and still be resumed, in seconds (0 = never resume a stored session). Discord
    /// keeps a session without a connection only "a few minutes"; an older one would be refused anyway.
    /// </summary>
    public int ResumeWindowSeconds { get; set; } = DefaultResumeWindowSeconds;

    /// <summary>The default of <see cref="ResumeWindowSeconds"/>.</summary>
    public const int DefaultResumeWindowSeconds = 180;

    /// <summary>The largest <see cref="ResumeWindowSeconds"/>: beyond it Discord surely refuses.</summary>
    public const int MaxResumeWindowSeconds = 900;

    /// <summary>The URL in the User-Agent header Discord asks for: <c>DiscordBot (url, version)</c>.</summary>
    public Uri UserAgentUrl { get; set; } = new("https://github.com/fandombot/fandombot");

    /// <summary>A description with the token redacted, safe to log.</summary>
    public override string ToString() =>
        $"DiscordClientOptions {{ Token = {(string.IsNullOrEmpty(Token) ? "(none)" : "(redacted)")}, ApiBaseUrl = {ApiBaseUrl}, " +
        $"GatewayUrl = {GatewayUrl?.ToString() ?? "(from /gateway/bot)"}, ShardCount = {ShardCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(recommended)"}, " +
        $"ShardIds = {ShardIds ?? "(all)"}, ProcessCount = {ProcessCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, " +
        $"ProcessIndex = {ProcessIndex?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(from the host name)"}, Intents = {Intents}, Compression = {Compression}, " +
        $"HandoverOnStop = {HandoverOnStop}, ResumeWindowSeconds = {ResumeWindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} }}";
}
