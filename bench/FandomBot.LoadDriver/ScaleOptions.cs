using System.Globalization;

namespace FandomBot.LoadDriver;

/// <summary>The command line of <c>scale</c>.</summary>
internal sealed record ScaleOptions(
    int Guilds, int Channels, long Messages, int ChurnRounds, int ChurnGuilds, long ChurnMessages, double SettleSeconds, string? BotDll, IReadOnlyDictionary<string, string> Environment)
{
    public static ScaleOptions Parse(string[] args)
    {
        var options = new ScaleOptions(10_000, 100_000, 200_000, 10, 500, 100_000, 30, null, new Dictionary<string, string>());
        var environment = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--guilds" => options with { Guilds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--channels" => options with { Channels = int.Parse(value, CultureInfo.InvariantCulture) },
                "--messages" => options with { Messages = long.Parse(value, CultureInfo.InvariantCulture) },
                "--churn-rounds" => options with { ChurnRounds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--churn-guilds" => options with { ChurnGuilds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--churn-messages" => options with { ChurnMessages = long.Parse(value, CultureInfo.InvariantCulture) },
                "--settle" => options with { SettleSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--dll" => options with { BotDll = value },
                "--env" => options,
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
            if (args[i] == "--env")
            {
                var equals = value.IndexOf('=', StringComparison.Ordinal);
                environment[value[..equals]] = value[(equals + 1)..];
            }
        }

        return options with { Environment = environment };
    }
}
