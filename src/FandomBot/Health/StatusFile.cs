using System.Text.Json;

namespace FandomBot.Health;

/// <summary>Reads and atomically writes the status file.</summary>
internal static class StatusFile
{
    public static StatusSnapshot? TryRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, StatusJsonContext.Default.StatusSnapshot);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // Missing, half-written by a crashed process, or garbage: all mean "not proven healthy".
            return null;
        }
    }

    /// <summary>Writes to a temporary file and renames it over the old one, so a reader never sees half a file.</summary>
    public static async Task WriteAsync(string path, StatusSnapshot snapshot, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, snapshot, StatusJsonContext.Default.StatusSnapshot, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
