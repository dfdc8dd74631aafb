namespace FandomBot.Storage;

/// <summary>What a migration run did.</summary>
/// <param name="VersionBefore">The schema version found (0 for an empty database).</param>
/// <param name="VersionAfter">The schema version left.</param>
/// <param name="Applied">The versions this run applied; empty when another run (or process) had applied them.</param>
public sealed record MigrationReport(int VersionBefore, int VersionAfter, IReadOnlyList<int> Applied);
