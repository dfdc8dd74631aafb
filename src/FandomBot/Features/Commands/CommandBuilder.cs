using FandomBot.Discord.Models;

namespace FandomBot.Features.Commands;

/// <summary>Short constructors for localized command definitions, so the catalogue reads like the command list it is.</summary>
internal static class CommandBuilder
{
    public static ApplicationCommandDefinition Command(LocalizedText name, LocalizedText description, Permissions? requires, params ApplicationCommandOption[] options) => new()
    {
        Name = name.En,
        NameLocalizations = name.Localizations(),
        Description = description.En,
        DescriptionLocalizations = description.Localizations(),
        Type = ApplicationCommandType.ChatInput,
        Options = options.Length == 0 ? null : options,
        DefaultMemberPermissions = requires,
        Contexts = requires is null ? [InteractionContextType.Guild, InteractionContextType.BotDm] : [InteractionContextType.Guild],
    };

    public static ApplicationCommandOption Subcommand(LocalizedText name, LocalizedText description, params ApplicationCommandOption[] options) =>
        Option(ApplicationCommandOptionType.SubCommand, name, description) with { Options = options.Length == 0 ? null : options };

    public static ApplicationCommandOption Group(LocalizedText name, LocalizedText description, params ApplicationCommandOption[] subcommands) =>
        Option(ApplicationCommandOptionType.SubCommandGroup, name, description) with { Options = subcommands };

    public static ApplicationCommandOption Option(ApplicationCommandOptionType type, LocalizedText name, LocalizedText description, bool required = false) => new()
    {
        Type = type,
        Name = name.En,
        NameLocalizations = name.Localizations(),
        Description = description.En,
        DescriptionLocalizations = description.Localizations(),
        Required = required ? true : null,
    };

    public static ApplicationCommandOptionChoice Choice(string value, LocalizedText name) =>
        ApplicationCommandOptionChoice.FromString(name.En, value) with { NameLocalizations = name.Localizations() };
}
