namespace FandomBot.Discord.Models;

/// <summary>The objects a command's options refer to (<c>data.resolved</c>), keyed by id as Discord sends them.</summary>
public sealed record InteractionResolvedData
{
    /// <summary>The channels named by channel options: id, type, name (enough to refuse a channel of the wrong type).</summary>
    public IReadOnlyDictionary<string, Channel>? Channels { get; init; }
}
