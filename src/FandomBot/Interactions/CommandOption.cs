using FandomBot.Discord.Models;

namespace FandomBot.Interactions;

/// <summary>
/// One option of a slash command, defined once by the feature that reads it: its English name (what Discord sends
/// back), its type and its limits. Its translated name and description come from <c>config/locales</c>, keyed by its
/// place in the command (<c>command.reminders.cooldown.minutes.description</c>).
/// </summary>
internal sealed record CommandOption(string Name, ApplicationCommandOptionType Type)
{
    /// <summary>Text channels, announcement channels, threads and forums: where people write.</summary>
    public static readonly IReadOnlyList<ChannelType> WritableChannels =
        [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread, ChannelType.GuildForum];

    public bool Required { get; init; }

    public bool Autocomplete { get; init; }

    public int? MaxLength { get; init; }

    public long? MinValue { get; init; }

    public long? MaxValue { get; init; }

    public IReadOnlyList<ChannelType>? ChannelTypes { get; init; }

    /// <summary>The values a user may pick from (names shown from <c>….choice.{value}</c>).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>What fills the description's <c>{0}</c>, <c>{1}</c>… (limits, so they are written once, here).</summary>
    public IReadOnlyList<object> DescriptionValues { get; init; } = [];

    public static CommandOption Text(string name, int maxLength) => new(name, ApplicationCommandOptionType.String) { MaxLength = maxLength };

    public static CommandOption Choice(string name, params IReadOnlyList<string> values) =>
        new(name, ApplicationCommandOptionType.String) { Required = true, Choices = values };

    public static CommandOption WholeNumber(string name, long min, long max) =>
        new(name, ApplicationCommandOptionType.Integer) { MinValue = min, MaxValue = max, DescriptionValues = [min, max] };

    public static CommandOption Channel(string name) => new(name, ApplicationCommandOptionType.Channel) { ChannelTypes = WritableChannels };

    public static CommandOption Role(string name) => new(name, ApplicationCommandOptionType.Role);
}
