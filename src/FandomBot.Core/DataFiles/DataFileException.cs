namespace FandomBot.Core.DataFiles;

/// <summary>
/// A data file (the quote collection, a fandom pack) is malformed or holds an invalid record. Its message is one line
/// a person can act on: the file, then the record and field, or the line and position of a JSON syntax error.
/// </summary>
public sealed class DataFileException : Exception
{
    public DataFileException()
    {
        FileName = string.Empty;
    }

    public DataFileException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    private DataFileException(string fileName, string? record, string? field, long? line, long? position, string problem, Exception? inner)
        : base(Describe(fileName, record, field, line, position, problem), inner)
    {
        FileName = fileName;
        Record = record;
        Field = field;
        Line = line;
        Position = position;
        Problem = problem;
    }

    /// <summary>The file as the user named it (or its path).</summary>
    public string FileName { get; }

    /// <summary>The record's id or name, when the problem is in one record.</summary>
    public string? Record { get; }

    /// <summary>The field at fault, when known.</summary>
    public string? Field { get; }

    /// <summary>1-based line of a JSON syntax error.</summary>
    public long? Line { get; }

    /// <summary>1-based position in that line.</summary>
    public long? Position { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string? Problem { get; }

    /// <summary>An invalid value in a record: <c>file: record 'id': field 'x': problem</c>.</summary>
    public static DataFileException InvalidRecord(string fileName, string? record, string? field, string problem) =>
        new(fileName, record, field, null, null, problem, null);

    /// <summary>Malformed JSON: <c>file: line L, position P: problem</c>. Positions from System.Text.Json are 0-based.</summary>
    public static DataFileException Malformed(string fileName, long? zeroBasedLine, long? zeroBasedPosition, string problem, Exception? inner = null) =>
        new(fileName, null, null, zeroBasedLine + 1, zeroBasedPosition + 1, problem, inner);

    private static string Describe(string fileName, string? record, string? field, long? line, long? position, string problem)
    {
        var where = fileName;
        if (line is not null)
        {
            where += FormattableString.Invariant($": line {line}, position {position ?? 0}");
        }

        if (record is not null)
        {
            where += $": record '{record}'";
        }

        if (field is not null)
        {
            where += $": field '{field}'";
        }

        return $"{where}: {problem}";
    }
}
