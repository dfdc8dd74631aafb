using System.Collections.Concurrent;
using FandomBot.Core.Detection;
using FandomBot.Core.People;
using FandomBot.Storage;

namespace FandomBot.Detectors;

/// <summary>
/// Each guild's detector: the shared built-in packs minus the ones its moderators switched off, plus its own people.
/// A guild that changed nothing shares one detector; a customised one gets its own, built on first use and rebuilt
/// after <see cref="ISettingsStore.GuildSettingsChanged"/> (or whenever the settings' version moves on).
/// Thread-safe; building a guild's view costs only its own names, since the packs' index is shared.
/// Bounded: past <see cref="DefaultCapacity"/> customised guilds, the half used least recently is dropped (rebuilt on
/// their next message), so a pass over the cache happens once per <c>capacity / 2</c> new detectors, not per one.
/// </summary>
internal sealed class GuildDetectors : IDisposable
{
    /// <summary>Customised guilds' detectors held at most.</summary>
    public const int DefaultCapacity = 2_000;

    private readonly BuiltInFandoms _fandoms;
    private readonly ISettingsStore _store;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<ulong, GuildDetector> _guilds = new();
    private readonly Lock _trimLock = new();
    private long _uses;

    public GuildDetectors(BuiltInFandoms fandoms, ISettingsStore store)
        : this(fandoms, store, DefaultCapacity)
    {
    }

    public GuildDetectors(BuiltInFandoms fandoms, ISettingsStore store, int capacity)
    {
        ArgumentNullException.ThrowIfNull(fandoms);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _fandoms = fandoms;
        _store = store;
        _capacity = capacity;
        Shared = new SpeculationDetector(fandoms.Directory);
        _store.GuildSettingsChanged += OnGuildSettingsChanged;
    }

    /// <summary>The detector of a guild that kept the defaults: every built-in pack, no people of its own.</summary>
    public SpeculationDetector Shared { get; }

    /// <summary>The built-in packs (for listing them with their on/off state).</summary>
    public IReadOnlyList<FandomPack> Packs => _fandoms.Packs;

    /// <summary>Guilds holding a detector of their own (for tests and metrics).</summary>
    public int CachedGuildCount => _guilds.Count;

    /// <summary>The detector for a guild whose settings the caller already has (the message path: no store call).</summary>
    public SpeculationDetector For(GuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.People.IsEmpty && settings.DisabledPackIds.Count == 0)
        {
            _guilds.TryRemove(settings.GuildId, out _);
            return Shared;
        }

        var use = Interlocked.Increment(ref _uses);
        if (_guilds.TryGetValue(settings.GuildId, out var cached) && cached.Version == settings.Version)
        {
            cached.LastUse = use;
            return cached.Detector;
        }

        var built = new GuildDetector(settings.Version, new SpeculationDetector(Build(settings))) { LastUse = use };
        _guilds[settings.GuildId] = built;
        if (_guilds.Count > _capacity)
        {
            TrimLeastUsed();
        }

        return built.Detector;
    }

    /// <summary>The detector for a guild, reading its settings from the store's cache (used by <c>/reminders test</c>).</summary>
    /// <exception cref="SettingsStoreUnavailableException">The guild is not cached and the database is unreachable.</exception>
    public async ValueTask<SpeculationDetector> ForAsync(ulong guildId, CancellationToken cancellationToken = default)
    {
        var settings = await _store.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
        return For(settings);
    }

    /// <summary>Drops a guild's detector (the bot left the guild, or its data was forgotten).</summary>
    public void Forget(ulong guildId) => _guilds.TryRemove(guildId, out _);

    public void Dispose() => _store.GuildSettingsChanged -= OnGuildSettingsChanged;

    private PeopleDirectory Build(GuildSettings settings)
    {
        var enabled = settings.DisabledPackIds.Count == 0 ? null : _fandoms.Packs.Select(p => p.Name).Where(settings.IsPackEnabled);
        var real = settings.People.Where(p => p.Kind == Storage.PersonKind.Real).Select(p => new RealPerson(p.Name, [.. p.Aliases]));
        var fictional = settings.People.Where(p => p.Kind == Storage.PersonKind.Fictional).Select(p => new FictionalCharacter(p.Name, [.. p.Aliases]));
        return _fandoms.Directory.ForGuild(enabled, real, fictional);
    }

    // Rebuilt lazily on the next message, so a burst of edits costs one build.
    private void OnGuildSettingsChanged(object? sender, GuildSettingsChangedEventArgs e) => _guilds.TryRemove(e.Settings.GuildId, out _);

    private void TrimLeastUsed()
    {
        lock (_trimLock)
        {
            if (_guilds.Count <= _capacity)
            {
                return;
            }

            var byUse = _guilds.ToArray();
            Array.Sort(byUse, static (a, b) => a.Value.LastUse.CompareTo(b.Value.LastUse));
            // Record equality: a detector used again since the copy (LastUse moved on) is not removed.
            foreach (var (guildId, detector) in byUse.AsSpan(0, byUse.Length - (_capacity / 2)))
            {
                _guilds.TryRemove(new KeyValuePair<ulong, GuildDetector>(guildId, detector));
            }
        }
    }

    private sealed record GuildDetector(long Version, SpeculationDetector Detector)
    {
        public long LastUse { get; set; }
    }
}
