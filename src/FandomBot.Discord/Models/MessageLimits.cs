namespace FandomBot.Discord.Models;

/// <summary>Discord's documented size limits of messages, embeds and components, checked before anything is sent.</summary>
public static class MessageLimits
{
    /// <summary>Characters of message content.</summary>
    public const int Content = 2000;

    /// <summary>Embeds per message.</summary>
    public const int Embeds = 10;

    /// <summary>Characters of an embed title.</summary>
    public const int EmbedTitle = 256;

    /// <summary>Characters of an embed description.</summary>
    public const int EmbedDescription = 4096;

    /// <summary>Fields per embed.</summary>
    public const int EmbedFields = 25;

    /// <summary>Characters of a field name.</summary>
    public const int FieldName = 256;

    /// <summary>Characters of a field value.</summary>
    public const int FieldValue = 1024;

    /// <summary>Characters of footer text.</summary>
    public const int FooterText = 2048;

    /// <summary>Characters of an author name.</summary>
    public const int AuthorName = 256;

    /// <summary>Characters in all embeds of a message together.</summary>
    public const int EmbedTotal = 6000;

    /// <summary>Action rows per message.</summary>
    public const int ActionRows = 5;

    /// <summary>Buttons per action row.</summary>
    public const int ButtonsPerRow = 5;

    /// <summary>Characters of a custom id.</summary>
    public const int CustomId = 100;

    /// <summary>Characters of a button label.</summary>
    public const int ButtonLabel = 80;

    /// <summary>Autocomplete suggestions per answer.</summary>
    public const int AutocompleteChoices = 25;

    /// <summary>Throws <see cref="MessageLimitException"/> naming the first limit the message breaks.</summary>
    public static void Check(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckLength("Message content", message.Content, Content);
        var embeds = message.Embeds ?? [];
        if (embeds.Count > Embeds)
        {
            throw new MessageLimitException($"A message may carry at most {Embeds} embeds; this one has {embeds.Count}.");
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            total += CheckEmbed(embeds[i], i);
        }

        if (total > EmbedTotal)
        {
            throw new MessageLimitException($"The embeds of a message may hold at most {EmbedTotal} characters together; these hold {total}.");
        }

        CheckComponents(message.Components ?? []);
    }

    private static int CheckEmbed(Embed embed, int index)
    {
        var where = $"Embed {index}";
        CheckLength($"{where} title", embed.Title, EmbedTitle);
        CheckLength($"{where} description", embed.Description, EmbedDescription);
        CheckLength($"{where} footer text", embed.Footer?.Text, FooterText);
        CheckLength($"{where} author name", embed.Author?.Name, AuthorName);
        var fields = embed.Fields ?? [];
        if (fields.Count > EmbedFields)
        {
            throw new MessageLimitException($"{where} may have at most {EmbedFields} fields; it has {fields.Count}.");
        }

        var size = Length(embed.Title) + Length(embed.Description) + Length(embed.Footer?.Text) + Length(embed.Author?.Name);
        for (var f = 0; f < fields.Count; f++)
        {
            CheckLength($"{where} field {f} name", fields[f].Name, FieldName);
            CheckLength($"{where} field {f} value", fields[f].Value, FieldValue);
            size += Length(fields[f].Name) + Length(fields[f].Value);
        }

        return size;
    }

    private static void CheckComponents(IReadOnlyList<ActionRow> rows)
    {
        if (rows.Count > ActionRows)
        {
            throw new MessageLimitException($"A message may have at most {ActionRows} action rows; this one has {rows.Count}.");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var buttons = rows[r].Components;
            if (buttons.Count is 0 or > ButtonsPerRow)
            {
                throw new MessageLimitException($"Action row {r} must hold 1 to {ButtonsPerRow} buttons; it holds {buttons.Count}.");
            }

            for (var b = 0; b < buttons.Count; b++)
            {
                var button = buttons[b];
                CheckLength($"Button {b} of row {r} custom_id", button.CustomId, CustomId);
                CheckLength($"Button {b} of row {r} label", button.Label, ButtonLabel);
                var isLink = button.Style == ButtonStyle.Link;
                if (isLink ? button.Url is null || button.CustomId is not null : string.IsNullOrEmpty(button.CustomId))
                {
                    throw new MessageLimitException(
                        $"Button {b} of row {r}: a link button needs a url and no custom_id; any other button needs a custom_id.");
                }
            }
        }
    }

    private static void CheckLength(string what, string? text, int limit)
    {
        if (Length(text) > limit)
        {
            throw new MessageLimitException($"{what} may be at most {limit} characters; it is {Length(text)}.");
        }
    }

    // Discord counts characters as JavaScript does, in UTF-16 code units, which is what string.Length gives.
    private static int Length(string? text) => text?.Length ?? 0;
}
