namespace FandomBot.EndToEnd.Tests.Handover;

/// <summary>One message of a <see cref="MessageStream"/>.</summary>
/// <param name="Id">The message id (what a reminder's reply points at).</param>
/// <param name="Guild">Where it was said.</param>
/// <param name="ReminderWorthy">Whether it speculates, so the bot must answer it.</param>
/// <param name="SentAt">When it was handed to the fake Discord: it reached the session no earlier.</param>
internal sealed record StreamedMessage(ulong Id, ulong Guild, bool ReminderWorthy, DateTimeOffset SentAt);
