namespace FandomBot.Replay;

/// <summary>
/// Where the replay hands each would-be reminder as it is decided, in the order decided (time order). The replay keeps
/// no list of them, so its memory does not grow with their number: a sink that needs them later writes them out.
/// </summary>
internal interface IReminderSink
{
    /// <summary>Called on the judging thread for every would-be reminder; keep it cheap and keep no reference.</summary>
    void Add(WouldBeReminder reminder);
}
