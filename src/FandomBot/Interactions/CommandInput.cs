using System.Globalization;
using System.Text.Json;
using FandomBot.Discord.Models;

namespace FandomBot.Interactions;

/// <summary>
/// The options of a slash command, read the way handlers think of them: the subcommand path
/// (as a <see cref="Interactions.Subcommand"/>), then each option's value by name, with channels looked up in <c>data.resolved</c>.
/// </summary>
internal sealed class CommandInput
{
    private readonly IReadOnlyList<InteractionDataOption> _values;
    private readonly InteractionResolvedData? _resolved;

    private CommandInput(Subcommand? subcommand, IReadOnlyList<InteractionDataOption> values, InteractionResolvedData? resolved)
    {
        Subcommand = subcommand;
        _values = values;
        _resolved = resolved;
    }

    /// <summary>
    /// The subcommand Discord sent, as the command defines it; null for a command without subcommands, or for a
    /// subcommand we do not know (Discord's list can lag behind a deploy).
    /// </summary>
    public Subcommand? Subcommand { get; }

    /// <summary>The option the user is typing, in autocomplete.</summary>
    public InteractionDataOption? Focused => _values.FirstOrDefault(o => o.Focused == true);

    public static CommandInput Of(Interaction interaction, SlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(command);
        var path = new List<string>();
        var options = interaction.Data?.Options ?? [];
        while (options.Count == 1 && options[0].Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
        {
            path.Add(options[0].Name);
            options = options[0].Options ?? [];
        }

        return new CommandInput(command.FindSubcommand(string.Join(' ', path)), options, interaction.Data?.Resolved);
    }

    /// <summary>A string option's value, or null when it was not given.</summary>
    public string? Text(CommandOption option) => Find(option)?.ValueAsString();

    /// <summary>An integer option's value, or null when it was not given or is not a whole number.</summary>
    public long? WholeNumber(CommandOption option) =>
        Find(option)?.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    /// <summary>A channel, role or user option's id, or null.</summary>
    public ulong? Id(CommandOption option) =>
        ulong.TryParse(Find(option)?.ValueAsString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The resolved channel a channel option names, or null when Discord did not resolve it.</summary>
    public Channel? ResolvedChannel(ulong channelId) =>
        _resolved?.Channels?.GetValueOrDefault(channelId.ToString(CultureInfo.InvariantCulture));

    private InteractionDataOption? Find(CommandOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return _values.FirstOrDefault(o => o.Name == option.Name);
    }
}
