using FandomBot.Discord.Sharding;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

/// <summary>The <c>auto</c> split: shard s belongs to process s % N, the same on every start.</summary>
public sealed class ShardSplitTests
{
    [Theory]
    [InlineData(0, 4, 16, new[] { 0, 4, 8, 12 })]
    [InlineData(3, 4, 16, new[] { 3, 7, 11, 15 })]
    [InlineData(1, 3, 8, new[] { 1, 4, 7 })]
    [InlineData(2, 3, 8, new[] { 2, 5 })]
    [InlineData(0, 1, 3, new[] { 0, 1, 2 })]
    [InlineData(4, 5, 5, new[] { 4 })]
    public void Process_k_of_n_takes_the_shards_whose_id_modulo_n_is_k(int index, int count, int shardCount, int[] expected)
    {
        var selection = ShardSelection.ForProcess(new ProcessShare(index, count), shardCount);

        Assert.Equal(expected, selection.ShardIds);
        Assert.Equal(shardCount, selection.ShardCount);
        Assert.Equal(new ProcessShare(index, count), selection.Process);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 16)]
    [InlineData(3, 16)]
    [InlineData(7, 100)]
    [InlineData(16, 16)]
    public void Every_shard_belongs_to_exactly_one_process_and_shares_differ_by_at_most_one(int processes, int shardCount)
    {
        var shares = Enumerable.Range(0, processes).Select(k => ShardSelection.ForProcess(new ProcessShare(k, processes), shardCount).ShardIds).ToList();

        Assert.Equal(Enumerable.Range(0, shardCount), shares.SelectMany(s => s).Order());
        Assert.True(shares.Max(s => s.Count) - shares.Min(s => s.Count) <= 1);
    }

    [Theory]
    [InlineData(2, 16)]
    [InlineData(4, 16)]
    [InlineData(3, 24)]
    public void Doubling_the_processes_moves_a_shard_only_from_process_k_to_the_new_process_k_plus_n(int processes, int shardCount)
    {
        for (var shard = 0; shard < shardCount; shard++)
        {
            var before = OwnerOf(shard, processes, shardCount);
            var after = OwnerOf(shard, processes * 2, shardCount);

            Assert.True(after == before || after == before + processes, $"shard {shard} moved from {before} to {after}");
        }
    }

    [Theory]
    [InlineData(2, 4, 16)]
    [InlineData(4, 4, 16)]
    [InlineData(4, 16, 64)]
    public void When_max_concurrency_is_a_multiple_of_the_processes_each_identify_bucket_has_one_owner(int processes, int maxConcurrency, int shardCount)
    {
        var ownersByBucket = Enumerable.Range(0, shardCount)
            .GroupBy(shard => shard % maxConcurrency)
            .Select(bucket => bucket.Select(shard => OwnerOf(shard, processes, shardCount)).Distinct().Count());

        Assert.All(ownersByBucket, owners => Assert.Equal(1, owners));
    }

    [Theory]
    [InlineData(2, 2, 4)]
    [InlineData(-1, 2, 4)]
    [InlineData(0, 0, 4)]
    [InlineData(0, 5, 4)]
    public void Refuses_a_process_outside_its_count_or_more_processes_than_shards(int index, int count, int shardCount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ShardSelection.ForProcess(new ProcessShare(index, count), shardCount));

    [Fact]
    public void The_split_is_the_same_every_time()
    {
        var first = ShardSelection.ForProcess(new ProcessShare(2, 5), 37);
        var second = ShardSelection.ForProcess(new ProcessShare(2, 5), 37);

        Assert.Equal(first.ShardIds, second.ShardIds);
    }

    [Fact]
    public void Says_which_process_it_is_in_the_log_line() =>
        Assert.Equal(
            "shards [1,3] of 4 (auto: process 1 of 0..1, shard % 2 == 1)",
            ShardSelection.ForProcess(new ProcessShare(1, 2), 4).ToString());

    [Theory]
    [InlineData("auto", true)]
    [InlineData(" AUTO ", true)]
    [InlineData("Auto", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("0-3", false)]
    [InlineData("automatic", false)]
    public void Recognises_auto(string? shardIds, bool expected) => Assert.Equal(expected, ShardSelection.IsAuto(shardIds));

    private static int OwnerOf(int shard, int processes, int shardCount) =>
        Enumerable.Range(0, processes).Single(k => ShardSelection.ForProcess(new ProcessShare(k, processes), shardCount).Contains(shard));
}
