using FandomBot.Core.Reminders;
using Xunit;

namespace FandomBot.Core.Tests.Reminders;

public sealed class ThreadParentsTests
{
    private const ulong Guild = 1;
    private const ulong OtherGuild = 2;
    private const ulong Parent = 10;
    private const ulong OtherParent = 11;

    [Fact]
    public void A_learned_thread_answers_its_parent_and_a_channel_answers_none()
    {
        var parents = new ThreadParents();
        parents.Learn(Guild, 100, Parent);

        Assert.Equal(Parent, parents.ParentOf(100));
        Assert.Null(parents.ParentOf(Parent));
    }

    [Fact]
    public void A_deleted_thread_is_forgotten_and_its_guild_index_with_it()
    {
        var parents = new ThreadParents();
        parents.Learn(Guild, 100, Parent);

        parents.Forget(100);

        Assert.Null(parents.ParentOf(100));
        Assert.Equal(0, parents.Count);
        Assert.Equal(0, parents.GuildCount);
    }

    [Fact]
    public void Leaving_a_guild_forgets_its_threads_only()
    {
        var parents = new ThreadParents();
        parents.Learn(Guild, 100, Parent);
        parents.Learn(Guild, 101, OtherParent);
        parents.Learn(OtherGuild, 200, 20);

        parents.ForgetGuild(Guild);

        Assert.Null(parents.ParentOf(100));
        Assert.Null(parents.ParentOf(101));
        Assert.Equal(20UL, parents.ParentOf(200));
        Assert.Equal(1, parents.GuildCount);
    }

    [Fact]
    public void A_sync_of_some_channels_forgets_only_those_channels_threads()
    {
        var parents = new ThreadParents();
        parents.Learn(Guild, 100, Parent);
        parents.Learn(Guild, 101, OtherParent);

        parents.ForgetGuild(Guild, [Parent]);

        Assert.Null(parents.ParentOf(100));
        Assert.Equal(OtherParent, parents.ParentOf(101));
    }

    [Fact]
    public void An_update_moves_a_thread_to_its_new_parent()
    {
        var parents = new ThreadParents();
        parents.Learn(Guild, 100, Parent);

        parents.Learn(Guild, 100, OtherParent);

        Assert.Equal(OtherParent, parents.ParentOf(100));
        Assert.Equal(1, parents.Count);
    }

    [Fact]
    public void Past_its_bound_the_thread_learned_longest_ago_goes_first()
    {
        var parents = new ThreadParents(maxThreads: 3);
        for (ulong thread = 100; thread < 105; thread++)
        {
            parents.Learn(Guild, thread, Parent);
        }

        Assert.Equal(3, parents.Count);
        Assert.Null(parents.ParentOf(100));
        Assert.Null(parents.ParentOf(101));
        Assert.Equal(Parent, parents.ParentOf(104));
    }

    [Fact]
    public void Threads_created_and_deleted_over_and_over_stay_within_the_bound()
    {
        var parents = new ThreadParents(maxThreads: 4);
        for (ulong thread = 1_000; thread < 11_000; thread++)
        {
            parents.Learn(Guild, thread, Parent);
            if (thread % 2 == 0)
            {
                parents.Forget(thread);
            }
        }

        Assert.True(parents.Count <= 4);
        Assert.Equal(Parent, parents.ParentOf(10_999));
    }
}
