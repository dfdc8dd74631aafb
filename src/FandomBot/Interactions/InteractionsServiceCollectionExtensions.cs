using FandomBot.Discord.Gateway.Events;
using FandomBot.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FandomBot.Interactions;

internal static class InteractionsServiceCollectionExtensions
{
    /// <summary>
    /// The plumbing of slash commands and buttons: the catalogue assembled from the features' handlers, its
    /// registration at start-up (<c>Discord:CommandGuildId</c>, validated) and the interaction router. The features
    /// register their own handlers (<c>AddBotFeatures</c>).
    /// </summary>
    public static IServiceCollection AddInteractions(this IServiceCollection services)
    {
        services.AddOptions<CommandRegistrationOptions>().BindConfiguration(CommandRegistrationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommandRegistrationOptions>, CommandRegistrationOptionsValidator>();
        services.AddSingleton<SlashCommandCatalog>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<IGatewayEventHandler<ReadyEvent>>(provider => provider.GetRequiredService<CommandRegistrar>());
        services.AddSingleton<IGatewayEventHandler<ResumedEvent>>(provider => provider.GetRequiredService<CommandRegistrar>());
        services.AddSingleton<IGatewayEventHandler<InteractionCreateEvent>, InteractionRouter>();
        return services;
    }
}
