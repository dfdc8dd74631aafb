using System.Data.Common;
using Dapper;

namespace FandomBot.Storage;

/// <summary>
/// Applies the migrations a database lacks and records each in <c>schema_version</c>. The caller holds the lock that
/// makes this safe for two processes starting together (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so
/// the second process finds everything applied and does nothing: idempotent by construction.
/// </summary>
internal static class SchemaMigrationRunner
{
    public static async Task<MigrationReport> ApplyPendingAsync(
        DbConnection connection,
        DbTransaction transaction,
        string createSchemaVersionTableSql,
        IReadOnlyList<SchemaMigration> migrations,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(createSchemaVersionTableSql, transaction: transaction, cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_version ORDER BY version", transaction: transaction, cancellationToken: cancellationToken)))
            .Select(version => (int)version)
            .ToHashSet();

        var before = applied.Count == 0 ? 0 : applied.Max();
        var latest = migrations.Max(migration => migration.Version);
        if (before > latest)
        {
            throw new InvalidOperationException(
                $"The settings database has schema version {before}, newer than this build knows ({latest}). Run a newer FandomBot, or restore a backup.");
        }

        var appliedNow = new List<int>();
        foreach (var migration in migrations.OrderBy(migration => migration.Version))
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = timeProvider.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
                transaction,
                cancellationToken: cancellationToken));
            appliedNow.Add(migration.Version);
        }

        return new MigrationReport(before, Math.Max(before, latest), appliedNow);
    }
}
