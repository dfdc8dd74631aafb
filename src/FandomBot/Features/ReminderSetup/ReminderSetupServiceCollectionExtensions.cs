using FandomBot.Interactions;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.ReminderSetup;

internal static class ReminderSetupServiceCollectionExtensions
{
    /// <summary>The moderator command <c>/reminders</c> and the confirm button of <c>/reminders forget</c>.</summary>
    public static IServiceCollection AddReminderSetup(this IServiceCollection services)
    {
        services.AddSingleton<ISlashCommandHandler, RemindersCommandHandler>();
        services.AddSingleton<IComponentHandler, ForgetConfirmation>();
        return services;
    }
}
