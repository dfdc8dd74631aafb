namespace FandomBot.Interactions;

/// <summary>
/// A subcommand as the handler routes it: its path under the command, one word or a group and a word
/// (<c>status</c>, <c>channels add</c>), and its options. Handlers compare what Discord sent with these, never with strings.
/// </summary>
internal sealed record Subcommand(string Path, params IReadOnlyList<CommandOption> Options)
{
    /// <summary>The group's name when the path has two words ("channels"), else null.</summary>
    public string? Group => Path.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? Path[..space] : null;

    /// <summary>The subcommand's own name, the last word of the path.</summary>
    public string Name => Path[(Path.LastIndexOf(' ') + 1)..];
}
