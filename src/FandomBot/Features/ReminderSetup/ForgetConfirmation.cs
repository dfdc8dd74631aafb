using FandomBot.Detectors;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Gateway;
using FandomBot.Interactions;
using FandomBot.Storage;

namespace FandomBot.Features.ReminderSetup;

/// <summary>
/// <c>/reminders forget</c> asks first: an ephemeral warning with "Erase everything" and "Cancel". Erasing happens only
/// when a moderator (checked again: the permission may have changed meanwhile) presses the confirm button.
/// </summary>
internal sealed class ForgetConfirmation(ISettingsStore store, GuildDetectors detectors) : IComponentHandler
{
    public const string Prefix = "settings-forget:";
    public const string ConfirmId = Prefix + "confirm";
    public const string CancelId = Prefix + "cancel";

    public string CustomIdPrefix => Prefix;

    /// <summary>The warning with its two buttons.</summary>
    public static InteractionReply Prompt(string? locale)
    {
        var confirm = new Button { Style = ButtonStyle.Danger, Label = RemindersTexts.ForgetConfirm.For(locale), CustomId = ConfirmId };
        var cancel = new Button { Style = ButtonStyle.Secondary, Label = RemindersTexts.ForgetCancel.For(locale), CustomId = CancelId };
        var message = OutgoingMessage.FromText(RemindersTexts.ForgetPrompt.For(locale)) with { Components = [new ActionRow { Components = [confirm, cancel] }] };
        return InteractionReply.WithMessage(message.AsEphemeral());
    }

    public async Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var locale = interaction.Locale;
        if (interaction.GuildId is not { } guild || !ModeratorGate.IsModerator(interaction))
        {
            return SettingsReply.Text(SettingsTexts.NotModerator.For(locale));
        }

        if (interaction.Data?.CustomId != ConfirmId)
        {
            return Replace(RemindersTexts.ForgetCancelled.For(locale));
        }

        var result = await store.ForgetGuildAsync(guild.Value, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return SettingsReply.Failure(result.Error, locale);
        }

        detectors.Forget(guild.Value);
        return Replace(RemindersTexts.Forgotten.For(locale));
    }

    // The warning is replaced, buttons and all, so nobody presses "Erase everything" twice.
    private static InteractionReply Replace(string text) =>
        InteractionReply.UpdatingMessage(OutgoingMessage.FromText(text) with { Components = [] });
}
