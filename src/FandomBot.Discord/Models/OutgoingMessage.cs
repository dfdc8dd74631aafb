namespace FandomBot.Discord.Models;

/// <summary>
/// A message to send: the only shape the client accepts for creating or editing messages and interaction responses.
/// It is mention-safe by construction: <see cref="AllowedMentions"/> starts as <see cref="AllowedMentions.None"/>
/// and can never be null, so a caller has to name who may be pinged. Call <see cref="MessageLimits.Check"/> (the
/// client does before sending) to enforce Discord's size limits.
/// </summary>
public sealed record OutgoingMessage
{
    private readonly AllowedMentions _allowedMentions = AllowedMentions.None;

    /// <summary>The text (at most 2000 characters).</summary>
    public string? Content { get; init; }

    /// <summary>The embeds (at most 10).</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Rows of buttons (at most 5 rows of 5).</summary>
    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Who may be pinged; nobody unless a caller says otherwise.</summary>
    public AllowedMentions AllowedMentions
    {
        get => _allowedMentions;
        init => _allowedMentions = value ?? throw new ArgumentNullException(nameof(value), "A message must say who may be pinged; use AllowedMentions.None for nobody.");
    }

    /// <summary>The message to reply to (create only; ignored on edits and interaction responses).</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>Message flags, for example <see cref="MessageFlags.Ephemeral"/> on interaction responses.</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>A text message that pings nobody.</summary>
    public static OutgoingMessage FromText(string content) => new() { Content = content };

    /// <summary>A message made of embeds that pings nobody.</summary>
    public static OutgoingMessage FromEmbeds(params IReadOnlyList<Embed> embeds) => new() { Embeds = embeds };

    /// <summary>This message as a reply to <paramref name="messageId"/>, without pinging its author.</summary>
    public OutgoingMessage AsReplyTo(Snowflake messageId) =>
        this with { MessageReference = new MessageReference { MessageId = messageId, FailIfNotExists = false } };

    /// <summary>This message, allowed to ping exactly these users (and nobody else).</summary>
    public OutgoingMessage PingingUsers(params IReadOnlyList<Snowflake> users) =>
        this with { AllowedMentions = AllowedMentions with { Users = users } };

    /// <summary>This message, allowed to ping exactly these roles (and nobody else).</summary>
    public OutgoingMessage PingingRoles(params IReadOnlyList<Snowflake> roles) =>
        this with { AllowedMentions = AllowedMentions with { Roles = roles } };

    /// <summary>This message, visible only to the user of the interaction it answers.</summary>
    public OutgoingMessage AsEphemeral() => this with { Flags = (Flags ?? MessageFlags.None) | MessageFlags.Ephemeral };

    /// <summary>Whether the message is ephemeral.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEphemeral => Flags is { } flags && flags.HasFlag(MessageFlags.Ephemeral);
}
