using System.Globalization;
using System.Text.Json;
using FandomBot.Discord.Models;

namespace FandomBot.Features.Commands;

/// <summary>
/// The options of a slash command, read the way handlers think of them: the subcommand path
/// (<c>channels add</c>), then each option's value by name, with channels looked up in <c>data.resolved</c>.
/// </summary>
internal sealed class CommandInput
{
    private readonly IReadOnlyList<InteractionDataOption> _values;
    private readonly InteractionResolvedData? _resolved;

    private CommandInput(string path, IReadOnlyList<InteractionDataOption> values, InteractionResolvedData? resolved)
    {
        Path = path;
        _values = values;
        _resolved = resolved;
    }

    /// <summary>The group and subcommand, space-separated ("status", "channels add"); empty for a plain command.</summary>
    public string Path { get; }

    /// <summary>The option the user is typing, in autocomplete.</summary>
    public InteractionDataOption? Focused => _values.FirstOrDefault(o => o.Focused == true);

    public static CommandInput Of(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var path = new List<string>();
        var options = interaction.Data?.Options ?? [];
        while (options.Count == 1 && options[0].Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
        {
            path.Add(options[0].Name);
            options = options[0].Options ?? [];
        }

        return new CommandInput(string.Join(' ', path), options, interaction.Data?.Resolved);
    }

    /// <summary>A string option's value, or null when it was not given.</summary>
    public string? Text(string name) => Find(name)?.ValueAsString();

    /// <summary>An integer option's value, or null when it was not given or is not a whole number.</summary>
    public long? WholeNumber(string name) =>
        Find(name)?.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    /// <summary>A channel, role or user option's id, or null.</summary>
    public ulong? Id(string name) =>
        ulong.TryParse(Find(name)?.ValueAsString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The resolved channel a channel option names, or null when Discord did not resolve it.</summary>
    public Channel? ResolvedChannel(ulong channelId) =>
        _resolved?.Channels?.GetValueOrDefault(channelId.ToString(CultureInfo.InvariantCulture));

    private InteractionDataOption? Find(string name) => _values.FirstOrDefault(o => o.Name == name);
}
