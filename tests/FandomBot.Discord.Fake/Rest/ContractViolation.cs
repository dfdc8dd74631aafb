namespace FandomBot.Discord.Fake.Rest;

/// <summary>A request body that breaks Discord's published OpenAPI schema for its route.</summary>
/// <param name="Route">The route key.</param>
/// <param name="Errors">What the schema validator found.</param>
/// <param name="Body">The offending body.</param>
public sealed record ContractViolation(string Route, IReadOnlyList<string> Errors, string Body)
{
    /// <summary>A readable description for test failures.</summary>
    public override string ToString() => $"{Route}: {string.Join("; ", Errors)} in {Body}";
}
