using FandomBot.Interactions;

namespace FandomBot.Features.Reminders;

/// <summary><c>/reminder</c>: anyone can post the gentle reminder, naming no one.</summary>
internal static class ReminderCommand
{
    public static readonly SlashCommand Definition = new("reminder", Requires: null);
}
