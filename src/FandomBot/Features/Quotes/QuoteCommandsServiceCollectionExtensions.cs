using FandomBot.Features.Commands;
using FandomBot.Features.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.Quotes;

internal static class QuoteCommandsServiceCollectionExtensions
{
    /// <summary><c>/quote</c>, <c>/sources</c> (with its paging buttons) and <c>/reminder</c>.</summary>
    public static IServiceCollection AddQuoteCommands(this IServiceCollection services)
    {
        services.AddSingleton<ISlashCommandHandler, QuoteCommandHandler>();
        services.AddSingleton<ISlashCommandHandler, SourcesCommandHandler>();
        services.AddSingleton<ISlashCommandHandler, ReminderCommandHandler>();
        services.AddSingleton<IComponentHandler, SourcesPageButtons>();
        return services;
    }
}
