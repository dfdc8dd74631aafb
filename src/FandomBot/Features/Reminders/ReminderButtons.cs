using FandomBot.Core.Quotes;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Gateway;
using FandomBot.Interactions;
using FandomBot.Localization;
using FandomBot.Storage;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// The two buttons under a reminder. "Why this reminder?" answers the presser privately with the reasons in plain
/// words and the quote's sources, all read back from the button's custom id. "Not speculation" may be pressed by the
/// message's author or a member with Manage Server: it counts a false positive, tells the mod-log, and replaces the
/// reminder with thanks (no buttons left); anyone else is told privately that they cannot. The ids a custom_id carries
/// are only claims (anyone can craft a button): the guild it names must be the server the press came from, or nothing
/// is counted or posted anywhere.
/// </summary>
internal sealed class ReminderButtons(QuoteLibrary quotes, ISettingsStore store, ModLog modLog, ILogger<ReminderButtons> logger) : IComponentHandler
{
    /// <summary>The refusal of a button whose custom_id names another server than the one it was pressed in.</summary>
    internal static readonly TextKey OtherServer = new("reminder.button-other-server");

    public string CustomIdPrefix => ReminderButtonId.Prefix;

    public Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var customId = interaction.Data?.CustomId;
        if (ReminderButtonId.TryParseWhy(customId, out _, out var mask, out var quoteId))
        {
            return Task.FromResult(Why(interaction, mask, quoteId));
        }

        if (ReminderButtonId.TryParseNotSpeculation(customId, out var language, out var guildId, out var authorId))
        {
            return NotSpeculationAsync(interaction, language, guildId, authorId, cancellationToken);
        }

        // A button of an older version of the bot, or a forged id: answer politely rather than fail the interaction.
        return Task.FromResult(InteractionReply.WithMessage(OutgoingMessage.FromText("This button is no longer in use.").AsEphemeral()));
    }

    private InteractionReply Why(Interaction interaction, uint mask, string? quoteId)
    {
        // Private answers follow the presser's own language.
        var phrasebook = ReminderTexts.For(interaction.Locale);
        var lines = new List<string> { phrasebook.WhyIntro };
        var reasons = CueExplanations.FromMask(mask, interaction.Locale);
        lines.AddRange(reasons.Count == 0 ? ["• it seemed to guess at a real person's orientation or gender identity"] : reasons.Select(r => $"• {r}"));
        if (quoteId is not null && quotes.FindById(quoteId) is { } quote)
        {
            lines.Add("");
            lines.Add(phrasebook.QuoteIntro);
            lines.Add(ReminderQuoteEmbed.Sources(quote));
        }

        return InteractionReply.WithMessage(OutgoingMessage.FromText(string.Join('\n', lines)).AsEphemeral());
    }

    private async Task<InteractionReply> NotSpeculationAsync(Interaction interaction, string language, ulong guildId, ulong authorId, CancellationToken cancellationToken)
    {
        if (interaction.GuildId?.Value != guildId)
        {
            // A crafted (or copied) custom_id: it must not reach another server's counter or mod-log.
            logger.ButtonOfOtherGuild(interaction.GuildId?.Value, guildId);
            return InteractionReply.WithMessage(OutgoingMessage.FromText(OtherServer.For(interaction.Locale)).AsEphemeral());
        }

        var presser = interaction.Invoker?.Id.Value;
        var isAuthor = presser == authorId;
        var isModerator = interaction.Member?.Permissions is { } permissions
            && (permissions.HasFlag(Permissions.ManageGuild) || permissions.HasFlag(Permissions.Administrator));
        if (presser is not { } presserId || (!isAuthor && !isModerator))
        {
            logger.NotSpeculationRefused(guildId);
            return InteractionReply.WithMessage(OutgoingMessage.FromText(ReminderTexts.For(interaction.Locale).OnlyAuthorOrModerator).AsEphemeral());
        }

        logger.MarkedNotSpeculation(guildId);
        var counted = await store.IncrementCounterAsync(guildId, GuildCounter.FalsePositiveReports, cancellationToken).ConfigureAwait(false);
        if (!counted.IsSuccess)
        {
            logger.CounterFailed(nameof(GuildCounter.FalsePositiveReports), guildId, counted.Error.Kind.ToString());
        }

        GuildSettings? settings;
        try
        {
            settings = await store.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
        }
        catch (SettingsStoreUnavailableException)
        {
            // Without the settings there is no mod-log channel to tell; the presser is still thanked.
            logger.SettingsUnavailable(guildId);
            settings = null;
        }

        if (settings?.ModLogChannelId is { } logChannel)
        {
            var channel = interaction.GuildId is null ? null : interaction.ChannelId?.Value;
            await modLog.PostAsync(guildId, logChannel, ModLog.NotSpeculationLine(channel, presserId, isAuthor), cancellationToken).ConfigureAwait(false);
        }

        // The reminder speaks the message's language, so its thanks does too.
        var thanks = new OutgoingMessage { Content = ReminderTexts.For(language).ThanksForFeedback, Embeds = [], Components = [] };
        return InteractionReply.UpdatingMessage(thanks);
    }
}
