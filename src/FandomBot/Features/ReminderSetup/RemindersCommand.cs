using FandomBot.Discord.Models;
using FandomBot.Interactions;
using FandomBot.Storage;

namespace FandomBot.Features.ReminderSetup;

/// <summary>
/// <c>/reminders …</c>: moderators choose how and where the bot reminds. Defaults to Manage Server; the handler checks
/// <c>member.permissions</c> again on every call, because server owners can change who sees a command.
/// </summary>
internal static class RemindersCommand
{
    public static readonly CommandOption Channel = CommandOption.Channel("channel") with { Required = true };
    public static readonly CommandOption LogChannel = CommandOption.Channel("channel");
    public static readonly CommandOption Role = CommandOption.Role("role") with { Required = true };
    public static readonly CommandOption ScopeMode = CommandOption.Choice("mode", "all", "listed");
    public static readonly CommandOption DeliveryMode = CommandOption.Choice("mode", "reply", "dm", "log-only");
    public static readonly CommandOption Minutes = CommandOption.WholeNumber("minutes", SettingsLimits.MinCooldownMinutes, SettingsLimits.MaxCooldownMinutes) with { Required = true };
    public static readonly CommandOption Text = CommandOption.Text("text", maxLength: 2000) with { Required = true };

    public static readonly Subcommand Status = new("status");
    public static readonly Subcommand On = new("on");
    public static readonly Subcommand Off = new("off");
    public static readonly Subcommand ChannelsAdd = new("channels add", Channel);
    public static readonly Subcommand ChannelsRemove = new("channels remove", Channel);
    public static readonly Subcommand ChannelsList = new("channels list");
    public static readonly Subcommand Scope = new("scope", ScopeMode);
    public static readonly Subcommand Delivery = new("delivery", DeliveryMode);
    public static readonly Subcommand Cooldown = new("cooldown", Minutes);
    public static readonly Subcommand SetLogChannel = new("log-channel", LogChannel);
    public static readonly Subcommand ExemptRoleAdd = new("exempt-role add", Role);
    public static readonly Subcommand ExemptRoleRemove = new("exempt-role remove", Role);
    public static readonly Subcommand ExemptRoleList = new("exempt-role list");
    public static readonly Subcommand Test = new("test", Text);
    public static readonly Subcommand Forget = new("forget");

    public static readonly SlashCommand Definition = new("reminders", Permissions.ManageGuild)
    {
        Subcommands =
        [
            Status, On, Off, ChannelsAdd, ChannelsRemove, ChannelsList, Scope, Delivery, Cooldown, SetLogChannel,
            ExemptRoleAdd, ExemptRoleRemove, ExemptRoleList, Test, Forget,
        ],
    };
}
