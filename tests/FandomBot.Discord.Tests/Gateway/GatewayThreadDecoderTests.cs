using System.Text.Json;
using System.Text.Json.Nodes;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewayThreadDecoderTests
{
    private const ulong Guild = 111UL << 22;
    private const ulong Parent = 500UL << 22;
    private const ulong Thread = 900UL << 22;
    private static readonly DateTimeOffset At = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static GatewayEvent? Decode(string name, JsonNode data)
    {
        using var document = JsonDocument.Parse(data.ToJsonString());
        return GatewayDispatchDecoder.Decode(name, document.RootElement.Clone(), 0, At);
    }

    [Fact]
    public void Guild_create_carries_the_guilds_active_threads_with_their_parents()
    {
        var decoded = Assert.IsType<GuildCreateEvent>(Decode("GUILD_CREATE", FakeThreadPayloads.GuildCreateWithThreads(Guild, "Fans", FakeThreadPayloads.Thread(Guild, Thread, Parent))));

        var thread = Assert.Single(decoded.Threads);
        Assert.Equal(Thread, thread.Id.Value);
        Assert.Equal(Parent, thread.ParentId?.Value);
    }

    [Fact]
    public void Guild_create_without_threads_has_none()
    {
        var decoded = Assert.IsType<GuildCreateEvent>(Decode("GUILD_CREATE", FakeGatewayPayloads.GuildCreate(Guild, "Fans")));

        Assert.Empty(decoded.Threads);
    }

    [Fact]
    public void Thread_create_and_update_carry_the_thread_channel()
    {
        var created = Assert.IsType<ThreadCreateEvent>(Decode("THREAD_CREATE", FakeThreadPayloads.Thread(Guild, Thread, Parent, newlyCreated: true)));
        var updated = Assert.IsType<ThreadUpdateEvent>(Decode("THREAD_UPDATE", FakeThreadPayloads.Thread(Guild, Thread, Parent, archived: true)));

        Assert.Equal((Thread, Parent, Guild), (created.Thread.Id.Value, created.Thread.ParentId?.Value, created.Thread.GuildId?.Value));
        Assert.Equal((Thread, Parent), (updated.Thread.Id.Value, updated.Thread.ParentId?.Value));
    }

    [Fact]
    public void Thread_delete_carries_only_ids()
    {
        var deleted = Assert.IsType<ThreadDeleteEvent>(Decode("THREAD_DELETE", FakeThreadPayloads.ThreadDelete(Guild, Thread, Parent)));

        Assert.Equal((Thread, Guild, Parent), (deleted.ThreadId.Value, deleted.GuildId?.Value, deleted.ParentId?.Value));
    }

    [Fact]
    public void Thread_list_sync_names_its_channels_or_none_for_the_whole_guild()
    {
        var partial = Assert.IsType<ThreadListSyncEvent>(Decode("THREAD_LIST_SYNC", FakeThreadPayloads.ThreadListSync(Guild, [Parent], FakeThreadPayloads.Thread(Guild, Thread, Parent))));
        var whole = Assert.IsType<ThreadListSyncEvent>(Decode("THREAD_LIST_SYNC", FakeThreadPayloads.ThreadListSync(Guild, null)));

        Assert.Equal([Parent], partial.ChannelIds!.Select(id => id.Value));
        Assert.Equal(Thread, Assert.Single(partial.Threads).Id.Value);
        Assert.Null(whole.ChannelIds);
        Assert.Empty(whole.Threads);
    }

    [Fact]
    public void A_thread_delete_without_an_id_is_malformed()
    {
        Assert.ThrowsAny<JsonException>(() => Decode("THREAD_DELETE", new JsonObject { ["guild_id"] = "1" }));
    }
}
