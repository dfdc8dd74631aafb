using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FandomBot.Storage;

/// <summary>
/// Checks <see cref="StorageOptions"/> once at start-up, naming the key in every message. Messages never quote the
/// connection string: it may hold a password.
/// </summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var provider = options.ParsedProvider;
        if (provider is null)
        {
            failures.Add($"{StorageOptions.SectionName}:Provider must be Sqlite or Postgres (got '{options.Provider}')");
        }
        else if (provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{StorageOptions.SectionName}:ConnectionString is required when {StorageOptions.SectionName}:Provider is Postgres");
        }
        else if (ConnectionStringProblem(provider.Value, options.EffectiveConnectionString) is { } problem)
        {
            failures.Add($"{StorageOptions.SectionName}:ConnectionString {problem}");
        }

        if (options.PollIntervalSeconds is < 1 or > StorageOptions.MaxPollIntervalSeconds)
        {
            failures.Add($"{StorageOptions.SectionName}:PollIntervalSeconds must be between 1 and {StorageOptions.MaxPollIntervalSeconds} (got {options.PollIntervalSeconds})");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ConnectionStringProblem(StorageProvider provider, string connectionString)
    {
        try
        {
            if (provider == StorageProvider.Sqlite)
            {
                var builder = new SqliteConnectionStringBuilder(connectionString);
                return string.IsNullOrWhiteSpace(builder.DataSource) ? "has no Data Source (a file path such as data/fandombot.db)" : null;
            }

            var postgres = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(postgres.Host) ? "has no Host" : null;
        }
        catch (ArgumentException exception)
        {
            // The parser's message names the keyword or the problem, not the values.
            return $"is not a valid {provider} connection string ({exception.Message})";
        }
        catch (FormatException exception)
        {
            return $"is not a valid {provider} connection string ({exception.Message})";
        }
    }
}
