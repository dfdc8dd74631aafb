using FandomBot.Core.Quotes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using FandomBot.Hosting;
using Microsoft.Extensions.Options;

namespace FandomBot.Features.Quotes;

/// <summary>Registers the quote collection: options, the loaded <see cref="QuoteLibrary"/>, and its start-up check.</summary>
internal static class QuotesServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="QuotesOptions"/> from <c>Quotes</c>, and loads and validates the collection when the host
    /// starts: an invalid option fails with <c>OptionsValidationException</c>, a bad file with <c>DataFileException</c>.
    /// </summary>
    public static IServiceCollection AddQuotes(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<QuotesOptions>()
            .Bind(configuration.GetSection(QuotesOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<QuotesOptions>, QuotesOptionsValidator>();
        services.AddSingleton(provider => QuoteFileReader.Load(provider.GetRequiredService<IOptions<QuotesOptions>>().Value.Path));
        services.AddSingleton<IStartupCheck, QuoteCollectionStartupCheck>();
        return services;
    }
}
