using FandomBot.Features.Commands;
using FandomBot.Features.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.Settings;

internal static class SettingsCommandsServiceCollectionExtensions
{
    /// <summary>The moderator commands <c>/reminders</c> and <c>/people</c>, and the confirm button of <c>/reminders forget</c>.</summary>
    public static IServiceCollection AddSettingsCommands(this IServiceCollection services)
    {
        services.AddSingleton<ISlashCommandHandler, RemindersCommandHandler>();
        services.AddSingleton<ISlashCommandHandler, PeopleCommandHandler>();
        services.AddSingleton<IComponentHandler, ForgetConfirmation>();
        return services;
    }
}
