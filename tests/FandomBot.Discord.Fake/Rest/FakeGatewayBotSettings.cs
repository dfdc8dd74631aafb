namespace FandomBot.Discord.Fake.Rest;

/// <summary>What the fake's <c>GET /gateway/bot</c> answers (the URL is always the fake gateway's).</summary>
public sealed class FakeGatewayBotSettings
{
    /// <summary>The recommended shard count.</summary>
    public int Shards { get; set; } = 1;

    /// <summary>Session starts per day.</summary>
    public int SessionStartTotal { get; set; } = 1000;

    /// <summary>Session starts left.</summary>
    public int SessionStartRemaining { get; set; } = 1000;

    /// <summary>Milliseconds until the budget resets.</summary>
    public long SessionStartResetAfterMilliseconds { get; set; } = 86_400_000;

    /// <summary>Shards that may identify per 5 seconds.</summary>
    public int MaxConcurrency { get; set; } = 1;
}
