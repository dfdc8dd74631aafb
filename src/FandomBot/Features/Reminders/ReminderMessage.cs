using FandomBot.Core.Quotes;
using FandomBot.Discord.Models;

namespace FandomBot.Features.Reminders;

/// <summary>Builds the reminder people see: a warm text in the message's language, one sourced quote, two buttons.</summary>
internal static class ReminderMessage
{
    /// <summary>The topics a reminder's quote is drawn from.</summary>
    public static readonly IReadOnlyList<string> QuoteTopics = [Core.Quotes.QuoteTopics.Speculation, Core.Quotes.QuoteTopics.Privacy];

    /// <summary>A quote on speculation or privacy said by a real person (never a character's line), varied by the seed.</summary>
    public static Quote? PickQuote(QuoteLibrary library, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(library);
        var pool = library.All.Where(q => !q.Fiction && QuoteTopics.Any(q.HasTopic)).ToList();
        return pool.Count > 0 ? pool[(int)(seed % (ulong)pool.Count)] : library.PickRandomOnAny(seed, QuoteTopics);
    }

    public static OutgoingMessage Build(ReminderPhrasebook phrasebook, ulong seed, Quote? quote, uint cueMask, ulong guildId, ulong authorId)
    {
        ArgumentNullException.ThrowIfNull(phrasebook);
        return new OutgoingMessage
        {
            Content = ReminderTexts.Pick(phrasebook, seed),
            Embeds = quote is null ? null : [ReminderQuoteEmbed.For(quote)],
            Components =
            [
                new ActionRow
                {
                    Components =
                    [
                        new Button { Style = ButtonStyle.Secondary, Label = phrasebook.WhyButton, CustomId = ReminderButtonId.Why(phrasebook.Language, cueMask, quote?.Id) },
                        new Button { Style = ButtonStyle.Secondary, Label = phrasebook.NotSpeculationButton, CustomId = ReminderButtonId.NotSpeculation(phrasebook.Language, guildId, authorId) },
                    ],
                },
            ],
        };
    }
}
