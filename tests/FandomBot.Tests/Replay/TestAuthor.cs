namespace FandomBot.Tests.Replay;

/// <summary>An author for test exports.</summary>
internal sealed record TestAuthor(ulong Id, string Name, string? Nickname = null, bool IsBot = false, params ulong[] Roles)
{
    public static readonly TestAuthor Amy = new(1001, "amy", "Amy");
    public static readonly TestAuthor Ben = new(1002, "ben");
    public static readonly TestAuthor Cleo = new(1003, "cleo", "Cleo 🌈");
    public static readonly TestAuthor Dan = new(1004, "dan");
    public static readonly TestAuthor HelperBot = new(1900, "helperbot", null, true);
}
