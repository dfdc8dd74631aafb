using FandomBot.Core.DataFiles;
using FandomBot.Core.People;
using FandomBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Detectors;

/// <summary>
/// Reads fandom packs from disk for the host's commands (replay, check, the bot): the built-in packs from the
/// configured folder (<c>Fandoms:Path</c>, <c>config/fandoms</c> by default), or one pack-format file a moderator
/// gives. Core's <see cref="FandomPackParser"/> checks them; any problem is a <see cref="DataFileException"/>.
/// </summary>
internal static class FandomPackLoader
{
    /// <summary>The configuration key of the built-in packs' folder.</summary>
    public const string PathKey = "Fandoms:Path";

    /// <summary>The folder when the configuration does not say.</summary>
    public const string DefaultPath = "config/fandoms";

    /// <summary>The folder the configuration names, resolved as a shipped path.</summary>
    public static string BuiltInDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[PathKey];
        return AppPaths.ResolveShipped(string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured);
    }

    /// <summary>Every built-in pack (<c>*.json</c> in the configured folder), ordered by name.</summary>
    public static IReadOnlyList<FandomPack> LoadBuiltIn(IConfiguration configuration) => LoadDirectory(BuiltInDirectory(configuration));

    /// <summary>Every <c>*.json</c> pack in <paramref name="directory"/>, ordered by name.</summary>
    public static IReadOnlyList<FandomPack> LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DataFileException($"{directory}: the fandom packs folder does not exist (set {PathKey})");
        }

        return [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(LoadFile)];
    }

    /// <summary>One file in the pack format; its <c>name</c> must equal the file name without <c>.json</c>.</summary>
    public static FandomPack LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException($"{path}: cannot read the file: {ex.Message}", ex);
        }

        return FandomPackParser.Parse(bytes, path);
    }
}
