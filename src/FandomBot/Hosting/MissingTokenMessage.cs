namespace FandomBot.Hosting;

/// <summary>What <c>fandombot run</c> says when no token is configured: which variable, how to get one, the intent.</summary>
internal static class MissingTokenMessage
{
    public static readonly IReadOnlyList<string> Lines =
    [
        "No Discord bot token: set DISCORD_TOKEN (or Discord__Token, or Discord__TokenFile naming a file that holds it).",
        "To get one: in the Discord Developer Portal (https://discord.com/developers/applications), New Application > Bot > Reset Token, and copy it.",
        "On that Bot page, switch on the Message Content intent (Privileged Gateway Intents), or the bot cannot read messages.",
    ];
}
