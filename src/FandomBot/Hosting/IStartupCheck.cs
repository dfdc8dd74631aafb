namespace FandomBot.Hosting;

/// <summary>
/// Something that must be right before the bot connects anywhere (a data file loads and validates). The host runs
/// every check after options validation and before starting: a failure stops start-up with one line and exit code 2,
/// not a stack trace in the log.
/// </summary>
internal interface IStartupCheck
{
    /// <summary>Throws a configuration exception (<c>DataFileException</c>, <c>ConfigurationException</c>…) when something is wrong.</summary>
    void Check();
}
