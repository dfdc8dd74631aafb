using System.Globalization;

namespace FandomBot.LoadDriver;

/// <summary>The driver's command line.</summary>
internal sealed record DriverOptions(int Guilds, double Rate, double Seconds, int ReminderBurst, long Burst, double Drain, string? BotDll, IReadOnlyDictionary<string, string> Environment, bool FirstRemindersOnly = false)
{
    public static DriverOptions Parse(string[] args)
    {
        var options = new DriverOptions(1_000, 1_000, 15, 500, 200_000, 30, null, new Dictionary<string, string>());
        var environment = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--guilds" => options with { Guilds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = double.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--reminder-burst" => options with { ReminderBurst = int.Parse(value, CultureInfo.InvariantCulture) },
                "--burst" => options with { Burst = long.Parse(value, CultureInfo.InvariantCulture) },
                "--drain" => options with { Drain = double.Parse(value, CultureInfo.InvariantCulture) },
                "--dll" => options with { BotDll = value },
                "--first-reminders-only" => options with { FirstRemindersOnly = value is "1" or "true" },
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
