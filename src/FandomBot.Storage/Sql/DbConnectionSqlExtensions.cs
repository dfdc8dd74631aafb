using System.Data.Common;

namespace FandomBot.Storage.Sql;

/// <summary>
/// The few ways the store talks SQL (run a statement, read one value, map rows), written on plain ADO.NET so both
/// providers work without run-time code generation (the bot is published with NativeAOT) and every call stays
/// cancellable. Parameters are named without a prefix: SQLite and Npgsql both bind <c>@Name</c> to <c>Name</c>.
/// </summary>
internal static class DbConnectionSqlExtensions
{
    /// <summary>Runs a statement; returns the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(
        this DbConnection connection, string sql, DbTransaction? transaction, CancellationToken cancellationToken, params SqlArgument[] arguments)
    {
        await using var command = Create(connection, sql, transaction, arguments);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs a statement once per item (a handful of rows per settings edit, so one round trip each is fine).</summary>
    public static async Task ExecuteEachAsync<T>(
        this DbConnection connection,
        string sql,
        DbTransaction? transaction,
        IEnumerable<T> items,
        Func<T, SqlArgument[]> arguments,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var item in items)
        {
            await connection.ExecuteAsync(sql, transaction, cancellationToken, arguments(item)).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a statement and returns the first column of its first row.</summary>
    public static async Task<T> ScalarAsync<T>(
        this DbConnection connection, string sql, DbTransaction? transaction, CancellationToken cancellationToken, params SqlArgument[] arguments)
    {
        await using var command = Create(connection, sql, transaction, arguments);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull
            ? throw new InvalidDataException($"'{sql}' returned no value.")
            : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        this DbConnection connection,
        string sql,
        DbTransaction? transaction,
        Func<DbDataReader, T> map,
        CancellationToken cancellationToken,
        params SqlArgument[] arguments)
    {
        await using var command = Create(connection, sql, transaction, arguments);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Creates a command with its parameters; the caller disposes it.</summary>
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction, IEnumerable<SqlArgument> arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var argument in arguments)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = argument.Name;
            parameter.DbType = argument.Type;
            parameter.Value = argument.Value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
