namespace FandomBot.Discord.Fake.Gateway;

/// <summary>An IDENTIFY the fake refused (op 9) because it came too soon after another in its rate-limit bucket.</summary>
/// <param name="ShardId">The shard that identified.</param>
/// <param name="RateLimitKey">Its bucket: <c>shard_id % max_concurrency</c>.</param>
/// <param name="SincePrevious">How long after the bucket's previous accepted IDENTIFY it arrived (less than 5 s).</param>
/// <param name="At">When it arrived, on the fake server's clock.</param>
public sealed record FakeIdentifyViolation(int ShardId, int RateLimitKey, TimeSpan SincePrevious, DateTimeOffset At);
