using System.Data.Common;
using System.Net.Sockets;
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
    /// <summary>The configuration key that says where the settings database is.</summary>
    public const string StorageConnectionStringKey = "Storage:ConnectionString";

    // How FandomBot.Storage's start-up failure begins (SettingsStoreRuntime.StartAsync).
    private const string StoreUnreachablePrefix = "Could not reach the settings database";

    /// <summary>The one-line description, or null when the exception is not a configuration mistake.</summary>
    public static string? Describe(Exception exception, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (DescribeStorage(exception) is { } storage)
        {
            return storage;
        }

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

    /// <summary>
    /// A database that cannot be opened or reached at start (a read-only folder for SQLite, PostgreSQL down) is a
    /// configuration matter to the operator: one line naming the key, with the driver's reason (drivers do not put
    /// the password in their messages; standard error is scrubbed of it anyway). Null when no database failure is in
    /// the exception's chain.
    /// </summary>
    public static string? DescribeStorage(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // The store's own wrapper says where it looked (host and database, never the password); prefer it.
            if (e is InvalidOperationException wrapper && wrapper.Message.StartsWith(StoreUnreachablePrefix, StringComparison.Ordinal))
            {
                return $"{StorageConnectionStringKey}: {OneLine(wrapper.Message)}";
            }

            if (e is DbException or SocketException)
            {
                return $"{StorageConnectionStringKey}: the settings database cannot be opened: {OneLine(e.Message)}";
            }
        }

        return null;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

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
