using FandomBot.Interactions;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.People;

internal static class PeopleServiceCollectionExtensions
{
    /// <summary>The moderator command <c>/people</c>.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<ISlashCommandHandler, PeopleCommandHandler>();
        return services;
    }
}
