using FandomBot.Discord.Models;
using FandomBot.Localization;

namespace FandomBot.Interactions;

/// <summary>
/// A top-level slash command as a feature defines it: name, who may use it by default, and either options or
/// subcommands. <see cref="ToDiscord"/> turns it into what Discord registers, with every name and description taken
/// from <c>config/locales</c> under <c>command.{name}.…</c>.
/// </summary>
internal sealed record SlashCommand(string Name, Permissions? Requires)
{
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    public IReadOnlyList<Subcommand> Subcommands { get; init; } = [];

    /// <summary>The subcommand Discord sent (by its path), or null when the command list is newer or older than us.</summary>
    public Subcommand? FindSubcommand(string path) => Subcommands.FirstOrDefault(subcommand => subcommand.Path == path);

    /// <summary>What Discord registers for this command.</summary>
    public ApplicationCommandDefinition ToDiscord()
    {
        var key = $"command.{Name}";
        var options = Subcommands.Count > 0 ? SubcommandOptions(key) : [.. Options.Select(option => Option(key, option))];
        return new()
        {
            Name = Name,
            NameLocalizations = new TextKey($"{key}.name").Localizations(),
            Description = new TextKey($"{key}.description").For(LocaleFallback.Default),
            DescriptionLocalizations = new TextKey($"{key}.description").Localizations(),
            Type = ApplicationCommandType.ChatInput,
            Options = options.Count == 0 ? null : options,
            DefaultMemberPermissions = Requires,
            Contexts = Requires is null ? [InteractionContextType.Guild, InteractionContextType.BotDm] : [InteractionContextType.Guild],
        };
    }

    private List<ApplicationCommandOption> SubcommandOptions(string key)
    {
        var result = new List<ApplicationCommandOption>();
        foreach (var subcommand in Subcommands)
        {
            if (subcommand.Group is not { } group)
            {
                result.Add(Named(ApplicationCommandOptionType.SubCommand, $"{key}.{subcommand.Name}", subcommand.Name) with
                {
                    Options = subcommand.Options.Count == 0 ? null : [.. subcommand.Options.Select(option => Option($"{key}.{subcommand.Name}", option))],
                });
                continue;
            }

            // The first subcommand of a group places the group; the others join it there.
            var groupKey = $"{key}.{group}";
            var existing = result.FindIndex(option => option.Name == group);
            var groupOption = existing >= 0 ? result[existing] : Named(ApplicationCommandOptionType.SubCommandGroup, groupKey, group) with { Options = [] };
            var member = Named(ApplicationCommandOptionType.SubCommand, $"{groupKey}.{subcommand.Name}", subcommand.Name) with
            {
                Options = subcommand.Options.Count == 0 ? null : [.. subcommand.Options.Select(option => Option($"{groupKey}.{subcommand.Name}", option))],
            };
            groupOption = groupOption with { Options = [.. groupOption.Options!, member] };
            if (existing >= 0)
            {
                result[existing] = groupOption;
            }
            else
            {
                result.Add(groupOption);
            }
        }

        return result;
    }

    private static ApplicationCommandOption Option(string parentKey, CommandOption option)
    {
        var key = $"{parentKey}.{option.Name}";
        var description = new TextKey($"{key}.description");
        return Named(option.Type, key, option.Name) with
        {
            Description = description.Format(LocaleFallback.Default, [.. option.DescriptionValues]),
            DescriptionLocalizations = Filled(description.Localizations(), option.DescriptionValues),
            Required = option.Required ? true : null,
            Autocomplete = option.Autocomplete ? true : null,
            MaxLength = option.MaxLength,
            MinValue = option.MinValue,
            MaxValue = option.MaxValue,
            ChannelTypes = option.ChannelTypes,
            Choices = option.Choices is null ? null :
            [
                .. option.Choices.Select(value => ApplicationCommandOptionChoice.FromString(new TextKey($"{key}.choice.{value}").For(LocaleFallback.Default), value) with
                {
                    NameLocalizations = new TextKey($"{key}.choice.{value}").Localizations(),
                }),
            ],
        };
    }

    private static ApplicationCommandOption Named(ApplicationCommandOptionType type, string key, string name) => new()
    {
        Type = type,
        Name = name,
        NameLocalizations = new TextKey($"{key}.name").Localizations(),
        Description = new TextKey($"{key}.description").For(LocaleFallback.Default),
        DescriptionLocalizations = new TextKey($"{key}.description").Localizations(),
    };

    private static Dictionary<string, string> Filled(IReadOnlyDictionary<string, string> texts, IReadOnlyList<object> values) =>
        texts.ToDictionary(pair => pair.Key, pair => Locales.Fill(pair.Value, [.. values]), StringComparer.Ordinal);
}
