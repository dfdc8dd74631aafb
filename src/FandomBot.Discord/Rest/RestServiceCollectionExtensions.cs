using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FandomBot.Discord.Rest;

/// <summary>Registers the Discord REST client.</summary>
public static class RestServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DiscordRestClient"/> as a typed <see cref="HttpClient"/> client, its shared
    /// <see cref="DiscordRestState"/>, <see cref="TimeProvider.System"/> unless one is registered, and the validation of
    /// the REST settings. Binding <see cref="DiscordClientOptions"/> to configuration is left to the host.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DiscordClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRestState>();
        services.TryAddTransient<Interactions.InteractionResponder>();
        services.AddHttpClient<DiscordRestClient>(http =>
        {
            // Rate-limit waits happen before sending, so this bounds only Discord's own answer time.
            http.Timeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }
}
