using FandomBot.Detectors;
using FandomBot.Features.People;
using FandomBot.Features.Quotes;
using FandomBot.Features.Reminders;
using FandomBot.Features.ReminderSetup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features;

internal static class BotFeaturesServiceCollectionExtensions
{
    /// <summary>
    /// Every feature, each registering its own handlers. The order is the order of the slash commands Discord shows:
    /// /quote, /sources, /reminder, /reminders, /people. A new feature adds one line here.
    /// </summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQuotes(configuration);
        services.AddGuildDetectors();
        services.AddQuoteCommands();
        services.AddReminders();
        services.AddReminderSetup();
        services.AddPeople();
        return services;
    }
}
