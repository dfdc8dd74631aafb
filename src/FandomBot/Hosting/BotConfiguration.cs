using Microsoft.Extensions.Configuration;

namespace FandomBot.Hosting;

/// <summary>
/// The configuration layers every command shares, lowest first: <c>config/appsettings.json</c> (committed defaults),
/// <c>config/appsettings.{Environment}.json</c> (optional), <c>DISCORD_TOKEN</c> (the name bot hosting guides use),
/// environment variables (<c>Discord__Token</c>), then command-line overrides (<c>--Discord:ShardCount=2</c>).
/// </summary>
internal static class BotConfiguration
{
    /// <summary>The environment variable hosting guides use for the token; <c>Discord__Token</c> wins over it.</summary>
    public const string DiscordTokenVariable = "DISCORD_TOKEN";

    /// <summary>DOTNET_ENVIRONMENT, else Production (the generic host's rule).</summary>
    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } name ? name : "Production";

    /// <summary>Adds the FandomBot layers to a configuration builder (the host's or a standalone one).</summary>
    public static IConfigurationBuilder AddFandomBotSources(this IConfigurationBuilder builder, string environmentName, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = AppPaths.ConfigDirectory;
        builder.AddJsonFile(Path.Combine(directory, "appsettings.json"), optional: true, reloadOnChange: false);
        builder.AddJsonFile(Path.Combine(directory, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false);
        if (Environment.GetEnvironmentVariable(DiscordTokenVariable) is { Length: > 0 } token)
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("Discord:Token", token)]);
        }

        builder.AddEnvironmentVariables();
        builder.AddCommandLine([.. overrides]);
        return builder;
    }

    /// <summary>The configuration for an offline command (quote, check, health), without a host.</summary>
    public static IConfigurationRoot Build(IReadOnlyList<string> overrides) =>
        new ConfigurationBuilder().AddFandomBotSources(EnvironmentName, overrides).Build();
}
