namespace FandomBot.Storage;

/// <summary>One versioned schema step. Versions only grow; a released step is never edited, a new one is added.</summary>
/// <param name="Version">1, 2, 3... in order.</param>
/// <param name="Name">What the step does, recorded in <c>schema_version</c>.</param>
/// <param name="Sql">The statements, run inside the migration transaction.</param>
internal sealed record SchemaMigration(int Version, string Name, string Sql);
