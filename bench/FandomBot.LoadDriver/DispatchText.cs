using System.Globalization;
using System.Text.Json;

namespace FandomBot.LoadDriver;

/// <summary>
/// The text of a MESSAGE_CREATE dispatch, in the shape Discord sends for a guild message (author, member, empty
/// mentions and attachments). Written directly as a string: the driver must not be the bottleneck at 20,000+ msg/s.
/// </summary>
internal static class DispatchText
{
    public static string MessageCreate(long sequence, LoadMessage message)
    {
        var content = JsonSerializer.Serialize(message.Content);
        var timestamp = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $$$"""
            {"op":0,"s":{{{sequence}}},"t":"MESSAGE_CREATE","d":{"id":"{{{message.MessageId}}}","channel_id":"{{{message.ChannelId}}}","guild_id":"{{{message.GuildId}}}","author":{"id":"{{{message.AuthorId}}}","username":"fan","discriminator":"0","global_name":"Fan"},"member":{"roles":[],"joined_at":"2024-01-01T00:00:00+00:00"},"content":{{{content}}},"timestamp":"{{{timestamp}}}","edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0}}
            """);
    }
}
