using FandomBot.Core.People;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Detectors;

/// <summary>
/// The built-in fandom packs, loaded once when the bot starts and shared by every guild. Loading in the constructor
/// means a bad pack throws its one-line <c>DataFileException</c> from the start-up check, before anything connects.
/// </summary>
internal sealed class BuiltInFandoms(IConfiguration configuration)
{
    /// <summary>The packs' folder, as configured.</summary>
    public string Folder { get; } = FandomPackLoader.BuiltInDirectory(configuration);

    /// <summary>Every built-in pack, every one switched on.</summary>
    public PeopleDirectory Directory { get; } = PeopleDirectory.FromPacks(FandomPackLoader.LoadBuiltIn(configuration));

    /// <summary>The packs, ordered by name.</summary>
    public IReadOnlyList<FandomPack> Packs => Directory.Packs;
}
