using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Discord.Tests.Rest;

public sealed class RestRateLimiterTests
{
    [Fact]
    public async Task Forgets_buckets_idle_for_five_minutes_so_memory_stays_bounded()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time, sweepEvery: 10);

        await EnterAndLeaveAsync(limiter, channels: 1..10);
        Assert.Equal(10, limiter.BucketCount);
        time.Advance(RestRateLimiter.IdleBucketLifetime + TimeSpan.FromSeconds(1));
        await EnterAndLeaveAsync(limiter, channels: 11..20);

        Assert.Equal(10, limiter.BucketCount);
    }

    [Fact]
    public async Task Keeps_a_bucket_whose_limit_still_matters()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time, sweepEvery: 2);
        var route = RestRoute.CreateMessage(new Snowflake(1));
        limiter.Learn(route, new RateLimitHeaders { Bucket = "b", Remaining = 0, ResetAfter = TimeSpan.FromMinutes(30) });

        time.Advance(TimeSpan.FromMinutes(10));
        await EnterAndLeaveAsync(limiter, channels: 2..3);

        Assert.StartsWith("b|", limiter.BucketKey(route), StringComparison.Ordinal);
        Assert.Equal(3, limiter.BucketCount);
    }

    private static async Task EnterAndLeaveAsync(RestRateLimiter limiter, Range channels)
    {
        for (var i = channels.Start.Value; i <= channels.End.Value; i++)
        {
            var bucket = await limiter.EnterBucketAsync(RestRoute.CreateMessage(new Snowflake((ulong)i)), TestContext.Current.CancellationToken);
            bucket.Gate.Release();
        }
    }
}
