using System.Globalization;
using System.Text;

namespace FandomBot.Features.Invite;

/// <summary>The OAuth2 URL that adds the bot to a server with the scopes and permissions it needs.</summary>
internal static class InviteUrl
{
    public static Uri For(ulong applicationId) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"https://discord.com/oauth2/authorize?client_id={applicationId}&scope=bot%20applications.commands&permissions={InvitePermissions.Value}"));

    /// <summary>
    /// A bot token's first part is its user id in base64, and a bot's user id is its application id: so the invite
    /// URL can be printed offline from the token alone.
    /// </summary>
    public static ulong? ApplicationIdFromToken(string? token)
    {
        var first = token?.Split('.')[0];
        if (string.IsNullOrEmpty(first))
        {
            return null;
        }

        var padded = first.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
