using FandomBot.Replay;

namespace FandomBot.Tests.Replay;

/// <summary>Keeps every would-be reminder a replay hands over, in the order handed, for the tests to look at.</summary>
internal sealed class ReminderCollector : IReminderSink
{
    private readonly List<WouldBeReminder> _reminders = [];

    public IReadOnlyList<WouldBeReminder> Reminders => _reminders;

    public void Add(WouldBeReminder reminder) => _reminders.Add(reminder);
}
