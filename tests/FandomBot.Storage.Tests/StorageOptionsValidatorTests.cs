using FandomBot.Storage.Postgres;
using FandomBot.Storage.Sqlite;
using Xunit;

namespace FandomBot.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    private const string Secret = "s3cret-Pa55word";

    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Defaults_are_valid_and_mean_a_SQLite_file_under_data()
    {
        var options = new StorageOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal(StorageProvider.Sqlite, options.ParsedProvider);
        Assert.Equal("Data Source=data/fandombot.db", options.EffectiveConnectionString);
        Assert.Equal(
            Path.GetFullPath(Path.Combine("data", "fandombot.db")),
            new SqliteSettingsDatabase(options.EffectiveConnectionString, TimeProvider.System).FilePath);
    }

    [Theory]
    [InlineData("sqlite", "Data Source=x.db")]
    [InlineData("POSTGRES", "Host=127.0.0.1;Database=x")]
    public void Provider_names_ignore_case(string provider, string connectionString)
    {
        var options = new StorageOptions { Provider = provider, ConnectionString = connectionString };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void An_unknown_provider_is_reported_with_its_key_and_value()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = "Mongo" });

        Assert.Equal("Storage:Provider must be Sqlite or Postgres (got 'Mongo')", Assert.Single(result.Failures!));
    }

    [Fact]
    public void A_numeric_provider_is_not_accepted_as_an_enum_value()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = "1", ConnectionString = "Host=127.0.0.1" });

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_reported_with_both_keys()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = "Postgres" });

        Assert.Equal("Storage:ConnectionString is required when Storage:Provider is Postgres", Assert.Single(result.Failures!));
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_its_password()
    {
        var result = _validator.Validate(null, new StorageOptions
        {
            Provider = "Postgres",
            ConnectionString = $"Host=127.0.0.1;Password={Secret};NoSuchKeyword=1",
        });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Storage:ConnectionString is not a valid Postgres connection string", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Poll_intervals_beyond_30_seconds_are_refused_so_changes_show_within_30_seconds(int seconds)
    {
        var result = _validator.Validate(null, new StorageOptions { PollIntervalSeconds = seconds });

        Assert.Equal($"Storage:PollIntervalSeconds must be between 1 and 30 (got {seconds})", Assert.Single(result.Failures!));
    }

    [Fact]
    public void The_database_description_used_in_logs_never_contains_the_password()
    {
        var database = new PostgresSettingsDatabase($"Host=db.internal;Port=5433;Username=bot;Password={Secret};Database=settings", TimeProvider.System);

        Assert.Equal("PostgreSQL at db.internal:5433/settings as bot", database.Description);
    }
}
