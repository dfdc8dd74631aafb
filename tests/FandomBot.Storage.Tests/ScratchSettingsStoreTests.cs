using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>The throwaway store the host warms its reminder path with.</summary>
public sealed class ScratchSettingsStoreTests
{
    [Fact]
    public async Task Reads_and_writes_like_the_real_store_and_leaves_nothing_behind()
    {
        string directory;
        await using (var scratch = await ScratchSettingsStore.CreateAsync(TimeProvider.System, null, TestContext.Current.CancellationToken))
        {
            var set = await scratch.Store.SetModLogChannelAsync(1, 8, TestContext.Current.CancellationToken);
            Assert.True(set.IsSuccess);
            Assert.Equal(8UL, (await scratch.Store.GetAsync(1, TestContext.Current.CancellationToken)).ModLogChannelId);
            var counted = await scratch.Store.IncrementCounterAsync(1, GuildCounter.RemindersSent, TestContext.Current.CancellationToken);
            Assert.True(counted.IsSuccess);
            Assert.Equal(1, counted.Value.RemindersSent);
            Assert.True(File.Exists(scratch.FilePath));
            directory = Path.GetDirectoryName(scratch.FilePath)!;
        }

        Assert.False(Directory.Exists(directory), "the scratch database outlived its store");
    }

    [Fact]
    public async Task Each_scratch_store_is_its_own_database()
    {
        await using var first = await ScratchSettingsStore.CreateAsync(TimeProvider.System, null, TestContext.Current.CancellationToken);
        await using var second = await ScratchSettingsStore.CreateAsync(TimeProvider.System, null, TestContext.Current.CancellationToken);

        _ = await first.Store.SetModLogChannelAsync(1, 8, TestContext.Current.CancellationToken);

        Assert.Null((await second.Store.GetAsync(1, TestContext.Current.CancellationToken)).ModLogChannelId);
    }
}
