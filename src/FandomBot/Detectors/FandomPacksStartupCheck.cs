using FandomBot.Hosting;
using Microsoft.Extensions.Logging;

namespace FandomBot.Detectors;

/// <summary>
/// Makes the host load the built-in packs before connecting: taking <see cref="BuiltInFandoms"/> in the constructor
/// turns a bad pack into its <c>DataFileException</c> at start-up (one line, exit code 2).
/// </summary>
internal sealed partial class FandomPacksStartupCheck(BuiltInFandoms fandoms, ILogger<FandomPacksStartupCheck> logger) : IStartupCheck
{
    public void Check() => LogLoaded(logger, fandoms.Packs.Count, fandoms.Folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {PackCount} fandom packs ({FandomsPath})")]
    private static partial void LogLoaded(ILogger logger, int packCount, string fandomsPath);
}
