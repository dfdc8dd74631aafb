using System.Text.RegularExpressions;
using FandomBot.Core.DataFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FandomBot.Hosting;

/// <summary>
/// Turns what can go wrong at start-up because of configuration into the one line a person can act on (key and
/// problem, or file, record and field), with no stack trace. Anything else is a bug and is not translated.
/// </summary>
internal static partial class StartupErrors
{
    /// <summary>The one-line description, or null when the exception is not a configuration mistake.</summary>
    public static string? Describe(Exception exception, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ConfigurationException e => e.Message,
            DataFileException e => e.Message,
            OptionsValidationException e => string.Join("; ", e.Failures),
            AggregateException e when e.InnerExceptions.All(i => Describe(i, configuration) is not null) =>
                string.Join("; ", e.InnerExceptions.Select(i => Describe(i, configuration))),
            InvalidOperationException e when BinderFailure().Match(e.Message) is { Success: true } m =>
                DescribeBinderFailure(m.Groups["key"].Value, m.Groups["type"].Value, configuration),
            _ when exception.InnerException is { } inner && Describe(inner, configuration) is { } line => line,
            _ => null,
        };
    }

    private static string DescribeBinderFailure(string key, string type, IConfiguration? configuration)
    {
        var value = configuration?[key];
        var expected = type switch
        {
            _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ when type.Contains("Uri", StringComparison.Ordinal) => "an absolute URL",
            _ when type.Contains("TimeSpan", StringComparison.Ordinal) => "a time span such as 00:00:30",
            _ when type.Contains("Double", StringComparison.Ordinal) => "a number",
            _ => $"a {type.Split('.', '+')[^1].TrimEnd(']')}",
        };
        return value is null ? $"{key} must be {expected}" : $"{key} must be {expected} (got '{value}')";
    }

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BinderFailure();
}
