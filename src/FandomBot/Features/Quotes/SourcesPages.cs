using System.Globalization;
using System.Text;
using FandomBot.Core.Quotes;
using FandomBot.Discord.Models;
using FandomBot.Interactions;

namespace FandomBot.Features.Quotes;

/// <summary>
/// Every quote of the collection as a list (speaker, date, where it was said and the reporting article, linked),
/// cut into pages that each fit one embed description; with Previous / Next buttons whose custom_id carries the page
/// they lead to, so the buttons need no state on our side.
/// </summary>
internal static class SourcesPages
{
    /// <summary>The custom_id prefix of the paging buttons.</summary>
    public const string ButtonPrefix = "sources:page:";

    /// <summary>Room for a page's lines: under Discord's 4096 for a description, leaving the title and footer room in 6000.</summary>
    public const int PageBudget = 3800;

    /// <summary>The pages of the list, each at most <see cref="PageBudget"/> characters.</summary>
    public static IReadOnlyList<string> Pages(QuoteLibrary library, string? locale)
    {
        ArgumentNullException.ThrowIfNull(library);
        var pages = new List<string>();
        var page = new StringBuilder();
        var number = 0;
        foreach (var quote in library.All)
        {
            var line = Line(++number, quote, locale);
            if (page.Length > 0 && page.Length + 1 + line.Length > PageBudget)
            {
                pages.Add(page.ToString());
                page.Clear();
            }

            if (page.Length > 0)
            {
                page.Append('\n');
            }

            page.Append(line.Length <= PageBudget ? line : line[..PageBudget]);
        }

        if (page.Length > 0 || pages.Count == 0)
        {
            pages.Add(page.ToString());
        }

        return pages;
    }

    /// <summary>Page <paramref name="index"/> (clamped into range) as a message, with paging buttons when there is more than one page.</summary>
    public static OutgoingMessage Message(QuoteLibrary library, int index, string? locale)
    {
        var pages = Pages(library, locale);
        index = Math.Clamp(index, 0, pages.Count - 1);
        var description = pages[index].Length == 0 ? QuoteTexts.EmptyCollection.For(locale) : pages[index];
        var embed = new Embed
        {
            Title = QuoteTexts.SourcesTitle.For(locale),
            Description = description,
            Color = QuoteEmbed.Color,
            Footer = pages.Count > 1 ? new EmbedFooter { Text = QuoteTexts.Page.Format(locale, index + 1, pages.Count) } : null,
        };
        var message = OutgoingMessage.FromEmbeds(embed);
        if (pages.Count == 1)
        {
            return message;
        }

        // Each button names the page it leads to; the suffix keeps the two custom_ids different at either end.
        var previous = new Button
        {
            Style = ButtonStyle.Secondary,
            Label = QuoteTexts.Previous.For(locale),
            CustomId = string.Create(CultureInfo.InvariantCulture, $"{ButtonPrefix}{Math.Max(index - 1, 0)}:p"),
            Disabled = index == 0 ? true : null,
        };
        var next = new Button
        {
            Style = ButtonStyle.Secondary,
            Label = QuoteTexts.Next.For(locale),
            CustomId = string.Create(CultureInfo.InvariantCulture, $"{ButtonPrefix}{Math.Min(index + 1, pages.Count - 1)}:n"),
            Disabled = index == pages.Count - 1 ? true : null,
        };
        return message with { Components = [new ActionRow { Components = [previous, next] }] };
    }

    /// <summary>The page a paging button's custom_id leads to, or null when it is not one of ours.</summary>
    public static int? PageOf(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        if (!customId.StartsWith(ButtonPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = customId[ButtonPrefix.Length..];
        var end = rest.IndexOf(':', StringComparison.Ordinal);
        var digits = end < 0 ? rest : rest[..end];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;
    }

    private static string Line(int number, Quote quote, string? locale)
    {
        var speaker = DisplayText.Escape(quote.Speaker) + (quote.Fiction ? " " + QuoteTexts.Fiction.For(locale) : "");
        var where = quote.OriginalUrl is { } original ? DisplayText.Link(quote.SaidWhere, original) : DisplayText.Escape(quote.SaidWhere);
        var reported = quote.Verified ? "" : " " + QuoteTexts.ReportedOnly.For(locale);
        return string.Create(CultureInfo.InvariantCulture,
            $"**{number}.** {speaker} · {quote.SaidOn.ToDisplayString()} · {where} · {QuoteEmbed.Report(quote.ReportedBy)}{reported}");
    }
}
