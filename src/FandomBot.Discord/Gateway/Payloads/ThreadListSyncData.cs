using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>THREAD_LIST_SYNC's ids (its <c>threads</c> are read as <see cref="Channel"/>s, its <c>members</c> are not needed).</summary>
internal sealed record ThreadListSyncData(Snowflake GuildId, IReadOnlyList<Snowflake>? ChannelIds = null);
