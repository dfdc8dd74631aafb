namespace FandomBot.Storage.Tests;

/// <summary>
/// The test executable's entry point: xunit's usual one, plus <c>--settings-burst</c>, which turns this executable into
/// the bot-like process that <see cref="SigkillDurabilityTests"/> kills in the middle of a burst of settings writes.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == SettingsBurstProcess.Argument)
        {
            return SettingsBurstProcess.RunAsync(args[1]).GetAwaiter().GetResult();
        }

        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
        {
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult();
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
