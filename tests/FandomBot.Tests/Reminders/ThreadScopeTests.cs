using FandomBot.Core.Reminders;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Gateway;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

/// <summary>
/// README promises that with scope "listed" a listed channel covers its threads. The live bot learns each thread's
/// parent from the gateway (GUILD_CREATE, THREAD_CREATE/UPDATE/DELETE, THREAD_LIST_SYNC) to keep that promise.
/// </summary>
public sealed class ThreadScopeTests
{
    private const ulong ThreadOfListed = 900UL << 22;
    private const ulong ThreadOfUnlisted = 901UL << 22;

    private static async Task<ReminderScenario> ListedAsync()
    {
        var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetScopeAsync(Guild, FandomBot.Storage.ReminderScope.Listed, cancellationToken));
        Succeeded(await scenario.Store.AddListedChannelAsync(Guild, Channel, cancellationToken));
        return scenario;
    }

    private static Task<FakeGatewayDispatch> DispatchAsync(ReminderScenario scenario, string eventName, System.Text.Json.Nodes.JsonObject data) =>
        scenario.Bot.Discord.Gateway.SendDispatchAsync(0, eventName, data);

    [Fact]
    public async Task A_thread_of_a_listed_channel_gets_reminders_and_a_thread_of_another_channel_does_not()
    {
        await using var scenario = await ListedAsync();
        await DispatchAsync(scenario, "THREAD_CREATE", FakeThreadPayloads.Thread(Guild, ThreadOfListed, Channel, newlyCreated: true));
        await DispatchAsync(scenario, "THREAD_CREATE", FakeThreadPayloads.Thread(Guild, ThreadOfUnlisted, OtherChannel, newlyCreated: true));

        var inUnlisted = await scenario.SendAsync(Speculation, author: 1, channel: ThreadOfUnlisted);
        var inListed = await scenario.SendAsync(Speculation, author: 2, channel: ThreadOfListed);

        await scenario.ReplyToAsync(inListed);
        await scenario.SettleAsync();
        Assert.Empty(scenario.RepliesTo(inUnlisted));
    }

    [Fact]
    public async Task Threads_the_guild_create_lists_are_known_from_the_start()
    {
        await using var scenario = await ListedAsync();
        await DispatchAsync(scenario, "GUILD_CREATE", FakeThreadPayloads.GuildCreateWithThreads(Guild, "Fans", FakeThreadPayloads.Thread(Guild, ThreadOfListed, Channel)));

        var inThread = await scenario.SendAsync(Speculation, author: 3, channel: ThreadOfListed);

        await scenario.ReplyToAsync(inThread);
        Assert.Equal(Channel, scenario.Bot.Get<ThreadParents>().ParentOf(ThreadOfListed));
    }

    [Fact]
    public async Task A_thread_list_sync_teaches_threads_and_a_thread_delete_forgets_one()
    {
        await using var scenario = await ListedAsync();
        await DispatchAsync(scenario, "THREAD_LIST_SYNC", FakeThreadPayloads.ThreadListSync(Guild, [Channel], FakeThreadPayloads.Thread(Guild, ThreadOfListed, Channel)));
        var beforeDelete = await scenario.SendAsync(Speculation, author: 4, channel: ThreadOfListed);
        await scenario.ReplyToAsync(beforeDelete);

        await DispatchAsync(scenario, "THREAD_DELETE", FakeThreadPayloads.ThreadDelete(Guild, ThreadOfListed, Channel));
        var afterDelete = await scenario.SendAsync(Speculation, author: 5, channel: ThreadOfListed);

        await scenario.SettleAsync();
        Assert.Empty(scenario.RepliesTo(afterDelete));
        Assert.Null(scenario.Bot.Get<ThreadParents>().ParentOf(ThreadOfListed));
    }

    [Fact]
    public async Task Leaving_a_guild_forgets_its_threads()
    {
        await using var scenario = await ListedAsync();
        await DispatchAsync(scenario, "THREAD_CREATE", FakeThreadPayloads.Thread(Guild, ThreadOfListed, Channel));
        await scenario.SettleAsync();
        Assert.Equal(1, scenario.Bot.Get<ThreadParents>().GuildCount);

        await scenario.Bot.Discord.Gateway.SendGuildDeleteAsync(Guild, unavailable: false);
        await scenario.SettleAsync(guild: OtherGuild);
        await scenario.Bot.Get<InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, scenario.Bot.Get<ThreadParents>().Count);
        Assert.Equal(0, scenario.Bot.Get<ThreadParents>().GuildCount);
    }
}
