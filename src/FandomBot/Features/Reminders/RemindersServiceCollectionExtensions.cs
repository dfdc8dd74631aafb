using FandomBot.Features.Fandoms;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.Reminders;

/// <summary>Registers the reminder pipeline: the per-guild detectors, the message and guild handlers, the two buttons.</summary>
internal static class RemindersServiceCollectionExtensions
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddFandoms();
        return services;
    }
}
