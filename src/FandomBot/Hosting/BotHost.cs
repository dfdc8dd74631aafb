using FandomBot.Diagnostics;
using FandomBot.Discord;
using FandomBot.Interactions;
using FandomBot.Gateway;
using FandomBot.Features;
using FandomBot.Health;
using FandomBot.Storage;
using FandomBot.Hosting.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FandomBot.Hosting;

/// <summary>Builds and runs the bot's generic host. Start-up reads like a table of contents: one call per area.</summary>
internal static class BotHost
{
    /// <summary>
    /// Runs the bot until shutdown. Returns 0; 2 with one line on <paramref name="error"/> for a configuration mistake
    /// (a database that cannot be opened included); 3 or 4 with one line when the gateway never connected (token
    /// rejected, Discord unreachable; see <see cref="Cli.ExitCodes"/>). Once the token is known, everything written to
    /// standard error passes the secret scrubber.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> overrides, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        IHost host;
        var configuration = new ConfigurationManager();
        try
        {
            if (Build(overrides, error, configuration) is not { } built)
            {
                return Cli.ExitCodes.ConfigurationError;
            }

            host = built;
            error = ScrubStandardError(host, error);
            await ValidateAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StartupErrors.Describe(e, configuration) is { } line)
        {
            await error.WriteLineAsync(line).ConfigureAwait(false);
            return Cli.ExitCodes.ConfigurationError;
        }

        try
        {
            try
            {
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (StartupErrors.DescribeStorage(e) is { } line)
            {
                await error.WriteLineAsync(line).ConfigureAwait(false);
                return Cli.ExitCodes.ConfigurationError;
            }

            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            if (host.Services.GetRequiredService<GatewayStartFailure>() is { HasFailed: true } failure)
            {
                await error.WriteLineAsync(failure.Line).ConfigureAwait(false);
                return failure.ExitCode;
            }
        }
        finally
        {
            // As the generic host's own RunAsync does: some services (the shard manager) dispose only asynchronously.
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                host.Dispose();
            }
        }

        return Cli.ExitCodes.Success;
    }

    /// <summary>Standard error (the console's and the command's writer) with the token and database passwords masked.</summary>
    private static TextWriter ScrubStandardError(IHost host, TextWriter error)
    {
        var scrubber = host.Services.GetRequiredService<SecretScrubbingEnricher>();
        if (ReferenceEquals(error, Console.Error))
        {
            Console.SetError(new ScrubbingTextWriter(Console.Error, scrubber));
            return Console.Error;
        }

        return new ScrubbingTextWriter(error, scrubber);
    }

    /// <summary>Validates every option and runs every <see cref="IStartupCheck"/>: all that can be wrong before connecting.</summary>
    internal static async Task ValidateAsync(IHost host, CancellationToken cancellationToken)
    {
        if (host.Services.GetService<IAsyncStartupValidator>() is { } validator)
        {
            await validator.ValidateAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var check in host.Services.GetServices<IStartupCheck>())
        {
            check.Check();
        }
    }

    /// <summary>The configured host, or null (after writing why) when the bot has no token.</summary>
    internal static IHost? Build(IReadOnlyList<string> overrides, TextWriter error, ConfigurationManager configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Configuration = configuration,
            DisableDefaults = true,
            ApplicationName = "FandomBot",
            EnvironmentName = BotConfiguration.EnvironmentName,
            ContentRootPath = AppPaths.ProgramDirectory,
        });
        builder.Configuration.AddFandomBotSources(builder.Environment.EnvironmentName, overrides);

        var token = DiscordTokenSource.Resolve(builder.Configuration);
        if (token is null)
        {
            foreach (var line in MissingTokenMessage.Lines)
            {
                error.WriteLine(line);
            }

            return null;
        }

        builder.Services.AddFandomBotLogging(builder.Configuration, secrets: [token, .. DatabasePasswords(builder.Configuration["Storage:ConnectionString"])]);
        builder.Services.AddOptions<DiscordClientOptions>().BindConfiguration(DiscordClientOptions.SectionName)
            .PostConfigure(options => options.Token = token)
            .ValidateOnStart();
        builder.Services.AddOptions<LoggingOptions>().BindConfiguration(LoggingOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LoggingOptions>, LoggingOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSettingsStore(builder.Configuration);
        builder.Services.AddTelemetry(builder.Configuration);
        builder.Services.AddHeapCompactionAfterBursts();
        builder.Services.AddDiscordClient();
        builder.Services.AddGatewayEventLoop();
        builder.Services.AddHealthStatusFile();
        builder.Services.AddInteractions();
        builder.Services.AddBotFeatures(builder.Configuration);
        return builder.Build();
    }

    /// <summary>A PostgreSQL password in the connection string is a secret too: it must never reach a log line.</summary>
    private static IEnumerable<string> DatabasePasswords(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            yield break;
        }

        foreach (var part in connectionString.Split(';'))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("Password", StringComparison.OrdinalIgnoreCase) && pair[1].Length > 0)
            {
                yield return pair[1];
            }
        }
    }
}
