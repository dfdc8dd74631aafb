using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewayShardResumeTests
{
    private const ulong GuildId = 111_111_111_111_111_111;

    [Fact]
    public async Task Resumes_after_zombie_connection_without_losing_dispatches()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");
        var shard = harness.StartShard(random: 0.5);
        var ready = await harness.NextAsync<ReadyEvent>();
        await harness.NextAsync<GuildCreateEvent>();
        await harness.AdvancePastNextHeartbeatAsync(shard, dueTime: GatewayHarness.HeartbeatInterval * 0.5);
        var sequenceBefore = shard.LastSequence;

        // The link half-dies: nothing is ACKed or delivered any more, but the socket stays open.
        harness.Fake.MakeZombie(0);
        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "sent while the link was dead");
        await harness.AdvancePastNextHeartbeatAsync(shard, expectAck: false);
        Assert.Empty(harness.Fake.Resumes);
        await harness.AdvancePastNextHeartbeatAsync(shard, expectAck: false);

        var missed = await harness.NextAsync<MessageCreateEvent>();
        var resumed = await harness.NextAsync<ResumedEvent>();

        Assert.Equal("sent while the link was dead", missed.Message.Content);
        var resume = Assert.Single(harness.Fake.Resumes).Data!;
        Assert.Equal(ready.SessionId, resume["session_id"]!.GetValue<string>());
        Assert.Equal(sequenceBefore, resume["seq"]!.GetValue<long>());
        Assert.Equal(GatewayHarness.Token, resume["token"]!.GetValue<string>());
        Assert.Single(harness.Fake.Identifies);
        Assert.Equal(["/gateway", FandomBot.Discord.Fake.FakeGateway.ResumePath], harness.Fake.Connections.Select(c => c.Path));
        Assert.Equal(0, resumed.ShardId);
        Assert.Equal(GatewayShardState.Resumed, shard.Status.State);
        Assert.Contains(harness.Log.Entries, e => e.Message.Contains("zombie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconnects_and_resumes_when_the_server_sends_op_7()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");
        var shard = harness.StartShard(random: 0.5);
        var ready = await harness.NextAsync<ReadyEvent>();
        await harness.NextAsync<GuildCreateEvent>();

        await harness.Fake.SendReconnectAsync(0);
        await harness.NextAsync<ResumedEvent>();
        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "after the resume");
        var message = await harness.NextAsync<MessageCreateEvent>();

        Assert.Equal("after the resume", message.Message.Content);
        // The old connection was closed with a code that keeps the session (1000/1001 would end it).
        var closeCode = Assert.Single(harness.Fake.ClientCloseCodes).Value;
        Assert.NotNull(closeCode);
        Assert.DoesNotContain(closeCode.Value, new[] { 1000, 1001 });
        Assert.Equal(ready.SessionId, Assert.Single(harness.Fake.Resumes).Data!["session_id"]!.GetValue<string>());
        Assert.Single(harness.Fake.Identifies);
        Assert.Equal(ready.SessionId, shard.SessionId);
    }

    [Fact]
    public async Task Resumes_after_invalid_session_that_may_be_resumed()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var shard = harness.StartShard(random: 0.5);
        var ready = await harness.NextAsync<ReadyEvent>();

        await harness.Fake.SendInvalidSessionAsync(0, resumable: true);
        // Not live yet after op 9, so the retry backs off: 1 s + 20 % × 0.5 jitter = 1.1 s.
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.1), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(1.1));
        await harness.NextAsync<ResumedEvent>();

        Assert.Equal(ready.SessionId, Assert.Single(harness.Fake.Resumes).Data!["session_id"]!.GetValue<string>());
        Assert.Single(harness.Fake.Identifies);
        Assert.Equal(GatewayShardState.Resumed, shard.Status.State);
    }

    [Fact]
    public async Task Identifies_afresh_after_one_to_five_seconds_when_the_session_is_invalid()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.LeaveIdentifyPacingToTheGate();
        var shard = harness.StartShard(random: 0.5);
        var first = await harness.NextAsync<ReadyEvent>();

        await harness.Fake.SendInvalidSessionAsync(0, resumable: false);
        // random 0.5 → 1 + 4 × 0.5 = 3 s.
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.Single(harness.Fake.Identifies);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        var second = await harness.NextAsync<ReadyEvent>();

        Assert.NotEqual(first.SessionId, second.SessionId);
        Assert.Equal(2, harness.Fake.Identifies.Count);
        Assert.Empty(harness.Fake.Resumes);
        // A fresh identify goes to the cached gateway URL, not to the dead session's resume URL.
        Assert.Equal(["/gateway", "/gateway"], harness.Fake.Connections.Select(c => c.Path));
        Assert.Equal(second.SessionId, shard.SessionId);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Identifies_afresh_after_a_close_that_ends_the_session(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.LeaveIdentifyPacingToTheGate();
        harness.StartShard(random: 0);
        await harness.NextAsync<ReadyEvent>();

        await harness.Fake.CloseAsync(0, closeCode);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.NextAsync<ReadyEvent>();

        Assert.Equal(2, harness.Fake.Identifies.Count);
        Assert.Empty(harness.Fake.Resumes);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    public async Task Resumes_at_once_after_a_resumable_close(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.StartShard(random: 0.5);
        var ready = await harness.NextAsync<ReadyEvent>();

        await harness.Fake.CloseAsync(0, closeCode);
        await harness.NextAsync<ResumedEvent>();

        Assert.Equal(ready.SessionId, Assert.Single(harness.Fake.Resumes).Data!["session_id"]!.GetValue<string>());
        Assert.Single(harness.Fake.Identifies);
    }

    [Fact]
    public async Task Identifies_afresh_after_three_failed_resumes_in_a_row()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.StartShard(random: 0);
        var first = await harness.NextAsync<ReadyEvent>();
        harness.Fake.FailNextResumes(3);

        await harness.Fake.SendReconnectAsync(0);
        // Each failed resume backs off (1 s, 2 s, 4 s with no jitter); move the clock past each wait.
        foreach (var wait in new[] { 1, 2 })
        {
            await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(wait), harness.Timeout);
            harness.Time.Advance(TimeSpan.FromSeconds(wait));
        }

        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(4), harness.Timeout);
        Assert.Equal(3, harness.Fake.Resumes.Count);
        harness.Time.Advance(TimeSpan.FromSeconds(4));
        var second = await harness.NextAsync<ReadyEvent>();

        Assert.NotEqual(first.SessionId, second.SessionId);
        Assert.Equal(3, harness.Fake.Resumes.Count);
        Assert.Equal(2, harness.Fake.Identifies.Count);
        string[] resumePath = [FandomBot.Discord.Fake.FakeGateway.ResumePath];
        Assert.Equal(["/gateway", .. resumePath, .. resumePath, .. resumePath, "/gateway"], harness.Fake.Connections.Select(c => c.Path));
        Assert.Contains(harness.Log.Entries, e => e.Message.Contains("failed 3 resumes in a row", StringComparison.Ordinal));
    }
}
