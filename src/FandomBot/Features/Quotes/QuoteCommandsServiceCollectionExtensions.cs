using FandomBot.Interactions;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.Quotes;

internal static class QuoteCommandsServiceCollectionExtensions
{
    /// <summary><c>/quote</c> and <c>/sources</c> (with its paging buttons).</summary>
    public static IServiceCollection AddQuoteCommands(this IServiceCollection services)
    {
        services.AddSingleton<ISlashCommandHandler, QuoteCommandHandler>();
        services.AddSingleton<ISlashCommandHandler, SourcesCommandHandler>();
        services.AddSingleton<IComponentHandler, SourcesPageButtons>();
        return services;
    }
}
