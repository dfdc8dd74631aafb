using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Interactions;
using FandomBot.Localization;
using FandomBot.Detectors;
using FandomBot.Storage;

namespace FandomBot.Features.ReminderSetup;

/// <summary>
/// <c>/reminders …</c>: how and where this server gets reminders. Only for members with Manage Server (checked on
/// every call); every answer is ephemeral and in the moderator's language.
/// </summary>
internal sealed class RemindersCommandHandler(ISettingsStore store, GuildDetectors detectors) : ISlashCommandHandler
{
    /// <summary>Where the bot can post a line: a forum takes posts, not messages.</summary>
    private static readonly ChannelType[] LoggableChannels =
        [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread];

    public SlashCommand Command => RemindersCommand.Definition;

    public bool IsEphemeral => true;

    public Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
        ModeratorGate.RunAsync(interaction, Command, async (guild, input, locale) => input.Subcommand switch
        {
            _ when input.Subcommand == RemindersCommand.Status => await StatusAsync(guild, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.On => Saved(await store.SetRemindersEnabledAsync(guild, true, cancellationToken).ConfigureAwait(false), locale, RemindersTexts.TurnedOn.For(locale)),
            _ when input.Subcommand == RemindersCommand.Off => Saved(await store.SetRemindersEnabledAsync(guild, false, cancellationToken).ConfigureAwait(false), locale, RemindersTexts.TurnedOff.For(locale)),
            _ when input.Subcommand == RemindersCommand.ChannelsAdd => await AddChannelAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.ChannelsRemove => await RemoveAsync(
                input.Id(RemindersCommand.Channel), id => store.RemoveListedChannelAsync(guild, id, cancellationToken), SettingsReply.Channel, RemindersTexts.ChannelRemoved, RemindersTexts.ChannelNotListed, locale).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.ChannelsList => Listed(
                (await store.GetAsync(guild, cancellationToken).ConfigureAwait(false)).ListedChannelIds.Select(SettingsReply.Channel), RemindersTexts.ChannelsHeader, RemindersTexts.NoChannels, locale),
            _ when input.Subcommand == RemindersCommand.Scope => await ScopeAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.Delivery => await DeliveryAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.Cooldown => await CooldownAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.SetLogChannel => await LogChannelAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.ExemptRoleAdd => await AddRoleAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.ExemptRoleRemove => await RemoveAsync(
                input.Id(RemindersCommand.Role), id => store.RemoveExemptRoleAsync(guild, id, cancellationToken), SettingsReply.Role, RemindersTexts.RoleRemoved, RemindersTexts.RoleNotExempt, locale).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.ExemptRoleList => Listed(
                (await store.GetAsync(guild, cancellationToken).ConfigureAwait(false)).ExemptRoleIds.Select(SettingsReply.Role), RemindersTexts.RolesHeader, RemindersTexts.NoRoles, locale),
            _ when input.Subcommand == RemindersCommand.Test => await TestAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == RemindersCommand.Forget => ForgetConfirmation.Prompt(locale),
            _ => SettingsReply.Text(SettingsTexts.UnknownSubcommand.For(locale)),
        });

    private async Task<InteractionReply> StatusAsync(ulong guild, string? locale, CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(guild, cancellationToken).ConfigureAwait(false);
        var counters = await store.GetCountersAsync(guild, cancellationToken).ConfigureAwait(false);
        var none = SettingsTexts.None.For(locale);
        var lines = new List<string>
        {
            $"**{RemindersTexts.StatusTitle.For(locale)}**",
            RemindersTexts.StatusEnabled.Format(locale, (settings.RemindersEnabled ? SettingsTexts.On : SettingsTexts.Off).For(locale)),
            RemindersTexts.StatusScope.Format(locale, ScopeName(settings.Scope, locale)),
            RemindersTexts.StatusChannels.Format(locale, settings.ListedChannelIds.Count == 0 ? none : Joined(settings.ListedChannelIds.Select(SettingsReply.Channel))),
            RemindersTexts.StatusDelivery.Format(locale, DeliveryName(settings.Delivery, locale)),
            RemindersTexts.StatusCooldown.Format(locale, settings.CooldownMinutes),
            RemindersTexts.StatusLog.Format(locale, settings.ModLogChannelId is { } log ? SettingsReply.Channel(log) : SettingsTexts.Off.For(locale)),
            RemindersTexts.StatusRoles.Format(locale, settings.ExemptRoleIds.Count == 0 ? none : Joined(settings.ExemptRoleIds.Select(SettingsReply.Role))),
        };
        if (counters.IsSuccess)
        {
            lines.Add(RemindersTexts.StatusCounts.Format(locale, counters.Value.RemindersSent, counters.Value.FalsePositiveReports));
        }

        return SettingsReply.Text(string.Join('\n', lines));
    }

    private async Task<InteractionReply> AddChannelAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        if (input.Id(RemindersCommand.Channel) is not { } channel)
        {
            return SettingsReply.Text(SettingsTexts.UnknownSubcommand.For(locale));
        }

        if (WrongType(input, channel, CommandOption.WritableChannels))
        {
            return SettingsReply.Text(RemindersTexts.WrongChannelType.Format(locale, SettingsReply.Channel(channel)));
        }

        var result = await store.AddListedChannelAsync(guild, channel, cancellationToken).ConfigureAwait(false);
        var text = result.Value?.Scope == ReminderScope.All ? RemindersTexts.ChannelAddedScopeAll : RemindersTexts.ChannelAdded;
        return Saved(result, locale, text.Format(locale, SettingsReply.Channel(channel)));
    }

    private async Task<InteractionReply> ScopeAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        ReminderScope? scope = input.Text(RemindersCommand.ScopeMode) switch
        {
            "all" => ReminderScope.All,
            "listed" => ReminderScope.Listed,
            _ => null,
        };
        if (scope is not { } chosen)
        {
            return SettingsReply.Text(SettingsTexts.UnknownSubcommand.For(locale));
        }

        var result = await store.SetScopeAsync(guild, chosen, cancellationToken).ConfigureAwait(false);
        return Saved(result, locale, RemindersTexts.ScopeSet.Format(locale, ScopeName(chosen, locale)));
    }

    private async Task<InteractionReply> DeliveryAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        ReminderDelivery? delivery = input.Text(RemindersCommand.DeliveryMode) switch
        {
            "reply" => ReminderDelivery.Reply,
            "dm" => ReminderDelivery.DirectMessage,
            "log-only" => ReminderDelivery.LogOnly,
            _ => null,
        };
        if (delivery is not { } chosen)
        {
            return SettingsReply.Text(SettingsTexts.UnknownSubcommand.For(locale));
        }

        var result = await store.SetDeliveryAsync(guild, chosen, cancellationToken).ConfigureAwait(false);
        return Saved(result, locale, RemindersTexts.DeliverySet.Format(locale, DeliveryName(chosen, locale)));
    }

    private async Task<InteractionReply> CooldownAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        var minutes = input.WholeNumber(RemindersCommand.Minutes);
        if (minutes is not { } value || value < SettingsLimits.MinCooldownMinutes || value > SettingsLimits.MaxCooldownMinutes)
        {
            return SettingsReply.Text(RemindersTexts.CooldownOutOfRange.Format(locale, DisplayText.Escape(input.Text(RemindersCommand.Minutes) ?? "?"), SettingsLimits.MinCooldownMinutes, SettingsLimits.MaxCooldownMinutes));
        }

        var result = await store.SetCooldownAsync(guild, (int)value, cancellationToken).ConfigureAwait(false);
        return Saved(result, locale, RemindersTexts.CooldownSet.Format(locale, value));
    }

    private async Task<InteractionReply> LogChannelAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        var channel = input.Id(RemindersCommand.Channel);
        if (channel is { } chosen && WrongType(input, chosen, LoggableChannels))
        {
            return SettingsReply.Text(RemindersTexts.WrongLogChannelType.Format(locale, SettingsReply.Channel(chosen)));
        }

        var result = await store.SetModLogChannelAsync(guild, channel, cancellationToken).ConfigureAwait(false);
        return Saved(result, locale, channel is { } set ? RemindersTexts.LogChannelSet.Format(locale, SettingsReply.Channel(set)) : RemindersTexts.LogChannelOff.For(locale));
    }

    private async Task<InteractionReply> AddRoleAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        if (input.Id(RemindersCommand.Role) is not { } role)
        {
            return SettingsReply.Text(SettingsTexts.UnknownSubcommand.For(locale));
        }

        var result = await store.AddExemptRoleAsync(guild, role, cancellationToken).ConfigureAwait(false);
        return Saved(result, locale, RemindersTexts.RoleAdded.Format(locale, SettingsReply.Role(role)));
    }

    private async Task<InteractionReply> TestAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        var text = input.Text(RemindersCommand.Text) ?? "";
        var detector = await detectors.ForAsync(guild, cancellationToken).ConfigureAwait(false);
        return SettingsReply.Text(DetectorTestReport.Describe(detector.Evaluate(text), locale));
    }

    private static InteractionReply Saved(StoreResult<GuildSettings> result, string? locale, string success) =>
        result.IsSuccess ? SettingsReply.Text(success) : SettingsReply.Failure(result.Error, locale);

    /// <summary>Takes a listed channel or an exempt role off its list: done, "was not there", or the store's refusal.</summary>
    private static async Task<InteractionReply> RemoveAsync(
        ulong? id, Func<ulong, Task<StoreResult<GuildSettings>>> remove, Func<ulong, string> show, TextKey removed, TextKey notThere, string? locale)
    {
        if (id is not { } value)
        {
            return SettingsReply.Text(SettingsTexts.UnknownSubcommand.For(locale));
        }

        var result = await remove(value).ConfigureAwait(false);
        return result.Error?.Kind == StoreErrorKind.NotFound
            ? SettingsReply.Text(notThere.Format(locale, show(value)))
            : Saved(result, locale, removed.Format(locale, show(value)));
    }

    /// <summary>A list's answer: its header and one bullet per item, or the sentence for an empty list.</summary>
    private static InteractionReply Listed(IEnumerable<string> shown, TextKey header, TextKey empty, string? locale)
    {
        var lines = shown.Select(item => "• " + item).ToList();
        return SettingsReply.Text(lines.Count == 0 ? empty.For(locale) : SettingsReply.List(header.For(locale), lines));
    }

    private static bool WrongType(CommandInput input, ulong channel, IEnumerable<ChannelType> allowed) =>
        input.ResolvedChannel(channel) is { } resolved && !allowed.Contains(resolved.Type);

    private static string Joined(IEnumerable<string> items) => string.Join(", ", items);

    private static string ScopeName(ReminderScope scope, string? locale) =>
        (scope == ReminderScope.Listed ? RemindersTexts.ScopeListed : RemindersTexts.ScopeAll).For(locale);

    private static string DeliveryName(ReminderDelivery delivery, string? locale) => delivery switch
    {
        ReminderDelivery.DirectMessage => RemindersTexts.DeliveryDm.For(locale),
        ReminderDelivery.LogOnly => RemindersTexts.DeliveryLogOnly.For(locale),
        _ => RemindersTexts.DeliveryReply.For(locale),
    };
}
