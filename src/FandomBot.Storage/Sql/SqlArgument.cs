using System.Data;

namespace FandomBot.Storage.Sql;

/// <summary>
/// One named value for a SQL statement, typed at the call site so a null still tells the database what it is
/// (PostgreSQL cannot infer the type of an untyped null in every position).
/// </summary>
internal readonly record struct SqlArgument(string Name, object? Value, DbType Type)
{
    public static SqlArgument Of(string name, long value) => new(name, value, DbType.Int64);

    public static SqlArgument Of(string name, long? value) => new(name, value, DbType.Int64);

    public static SqlArgument Of(string name, int value) => new(name, value, DbType.Int32);

    public static SqlArgument Of(string name, bool value) => new(name, value, DbType.Boolean);

    public static SqlArgument Of(string name, string value) => new(name, value, DbType.String);

    public static SqlArgument OfNullable(string name, string? value) => new(name, value, DbType.String);
}
