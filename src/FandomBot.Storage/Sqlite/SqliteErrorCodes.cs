namespace FandomBot.Storage.Sqlite;

/// <summary>The primary SQLite result codes the store tells apart (https://sqlite.org/rescode.html).</summary>
internal static class SqliteErrorCodes
{
    public const int Error = 1;
    public const int Constraint = 19;
    public const int Mismatch = 20;
    public const int Misuse = 21;
    public const int Range = 25;
}
