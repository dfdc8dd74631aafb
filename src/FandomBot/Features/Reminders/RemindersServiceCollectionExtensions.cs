using FandomBot.Core.Reminders;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Gateway;
using FandomBot.Interactions;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.Reminders;

/// <summary>Registers the reminders: the message and guild handlers, the two buttons and <c>/reminder</c>.</summary>
internal static class RemindersServiceCollectionExtensions
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => new ReminderCooldowns(provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ChannelContexts>();
        services.AddSingleton(_ => new ThreadParents());
        services.AddSingleton<IGatewayEventHandler<GatewayEvent>, ThreadParentTracker>();
        services.AddSingleton<ChannelPermissionWarnings>(provider => new ChannelPermissionWarnings(provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ModLog>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<IGatewayEventHandler<MessageCreateEvent>, ReminderPipeline>();
        services.AddSingleton<IGatewayEventHandler<GuildDeleteEvent>, GuildDeparture>();
        services.AddSingleton<ReminderButtons>();
        services.AddSingleton<IComponentHandler>(provider => provider.GetRequiredService<ReminderButtons>());
        services.AddSingleton<ISlashCommandHandler, ReminderCommandHandler>();
        services.AddSingleton<ReminderPathWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderPathWarmUp>());
        return services;
    }
}
