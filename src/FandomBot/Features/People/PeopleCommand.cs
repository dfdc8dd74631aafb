using FandomBot.Discord.Models;
using FandomBot.Interactions;
using FandomBot.Storage;

namespace FandomBot.Features.People;

/// <summary>
/// <c>/people …</c>: moderators add the real people and characters of their fandom and switch built-in packs.
/// Defaults to Manage Server; the handler checks again on every call.
/// </summary>
internal static class PeopleCommand
{
    public static readonly CommandOption Name = CommandOption.Text("name", SettingsLimits.MaxNameLength) with { Required = true };
    public static readonly CommandOption Kind = CommandOption.Choice("kind", "real", "fictional");
    public static readonly CommandOption Aliases = CommandOption.Text("aliases", maxLength: 1000) with { DescriptionValues = [SettingsLimits.MaxAliasesPerPerson] };
    public static readonly CommandOption Pack = CommandOption.Text("name", SettingsLimits.MaxPackIdLength) with { Required = true, Autocomplete = true };
    public static readonly CommandOption State = CommandOption.Choice("state", "on", "off");

    public static readonly Subcommand Add = new("add", Name, Kind, Aliases);
    public static readonly Subcommand Remove = new("remove", Name with { Autocomplete = true });
    public static readonly Subcommand List = new("list");
    public static readonly Subcommand Fandoms = new("fandoms");
    public static readonly Subcommand Fandom = new("fandom", Pack, State);

    public static readonly SlashCommand Definition = new("people", Permissions.ManageGuild)
    {
        Subcommands = [Add, Remove, List, Fandoms, Fandom],
    };
}
