using FandomBot.Core.Reminders;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Models;
using FandomBot.Gateway;

namespace FandomBot.Features.Reminders;

/// <summary>
/// Keeps <see cref="ThreadParents"/> as Discord reports threads: a guild's active threads when it becomes available,
/// threads created, updated (unarchived, moved) and deleted, and the active threads of channels the bot gains access
/// to. Leaving a guild forgets its threads (<see cref="GuildDeparture"/>).
/// </summary>
internal sealed class ThreadParentTracker(ThreadParents parents) : IGatewayEventHandler<GatewayEvent>
{
    public ValueTask HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        switch (gatewayEvent)
        {
            case GuildCreateEvent created:
                // A guild that comes back after an outage sends its threads again, the current ones only.
                parents.ForgetGuild(created.GuildId.Value);
                LearnAll(created.GuildId, created.Threads);
                break;
            case ThreadCreateEvent threadCreated:
                Learn(threadCreated.Thread.GuildId, threadCreated.Thread);
                break;
            case ThreadUpdateEvent threadUpdated:
                Learn(threadUpdated.Thread.GuildId, threadUpdated.Thread);
                break;
            case ThreadDeleteEvent threadDeleted:
                parents.Forget(threadDeleted.ThreadId.Value);
                break;
            case ThreadListSyncEvent sync:
                // The sync is the whole truth for the channels it names (or the whole guild): threads not in it ended.
                parents.ForgetGuild(sync.GuildId.Value, sync.ChannelIds?.Select(id => id.Value).ToHashSet());
                LearnAll(sync.GuildId, sync.Threads);
                break;
            default:
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void LearnAll(Snowflake guildId, IReadOnlyList<Channel> threads)
    {
        foreach (var thread in threads)
        {
            Learn(thread.GuildId ?? guildId, thread);
        }
    }

    private void Learn(Snowflake? guildId, Channel thread)
    {
        if (guildId is { } guild && thread.ParentId is { } parent)
        {
            parents.Learn(guild.Value, thread.Id.Value, parent.Value);
        }
    }
}
