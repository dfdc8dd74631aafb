using FandomBot.Discord.Gateway.Events;
using FandomBot.Features.Gateway;
using FandomBot.Features.Quotes;
using FandomBot.Features.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FandomBot.Features.Commands;

internal static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// The slash commands: registration at start-up (<c>Discord:CommandGuildId</c>, validated), the interaction router,
    /// and every feature's command and button handlers.
    /// </summary>
    public static IServiceCollection AddSlashCommands(this IServiceCollection services)
    {
        services.AddOptions<CommandRegistrationOptions>().BindConfiguration(CommandRegistrationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommandRegistrationOptions>, CommandRegistrationOptionsValidator>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<IGatewayEventHandler<ReadyEvent>>(provider => provider.GetRequiredService<CommandRegistrar>());
        services.AddSingleton<IGatewayEventHandler<ResumedEvent>>(provider => provider.GetRequiredService<CommandRegistrar>());
        services.AddSingleton<IGatewayEventHandler<InteractionCreateEvent>, InteractionRouter>();
        services.AddQuoteCommands();
        services.AddSettingsCommands();
        return services;
    }
}
