namespace FandomBot.Core.Reminders;

/// <summary>Why a message is not even looked at, or <see cref="Open"/> when the detector should run.</summary>
public enum ReminderGate
{
    Open,
    FromBot,
    DirectMessage,
    RemindersOff,
    ChannelNotInScope,
    ExemptRole,
    CoolingDown,
}
