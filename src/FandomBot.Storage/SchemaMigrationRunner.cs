using System.Data.Common;
using FandomBot.Storage.Sql;

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
        await connection.ExecuteAsync(createSchemaVersionTableSql, transaction, cancellationToken);
        var applied = (await connection.QueryAsync(
            "SELECT version FROM schema_version ORDER BY version", transaction, row => (int)row.GetInt64(0), cancellationToken))
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

            await connection.ExecuteAsync(migration.Sql, transaction, cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                transaction,
                cancellationToken,
                SqlArgument.Of("Version", migration.Version),
                SqlArgument.Of("Name", migration.Name),
                SqlArgument.Of("AppliedAt", timeProvider.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            appliedNow.Add(migration.Version);
        }

        return new MigrationReport(before, Math.Max(before, latest), appliedNow);
    }
}
