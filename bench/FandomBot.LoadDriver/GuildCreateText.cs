using System.Globalization;
using System.Text;

namespace FandomBot.LoadDriver;

/// <summary>
/// A GUILD_CREATE the size Discord sends for a small fan server: 20 channels (categories, text and voice, with
/// permission overwrites), 15 roles, 3 active threads, a few emojis, the bot's own member and a few voice states.
/// About 14 KB of JSON, written directly (10,000 of them must not make the driver the bottleneck).
/// </summary>
internal static class GuildCreateText
{
    public const int Channels = 20;
    public const int Roles = 15;
    public const int Threads = 3;

    /// <summary>The first text channel of a guild (channels are guild id + 1 … guild id + 20).</summary>
    public static ulong TextChannel(ulong guildId, int index) => guildId + 4 + (ulong)(index % 16);

    public static string Of(long sequence, ulong guildId, ulong botUserId)
    {
        var ic = CultureInfo.InvariantCulture;
        var b = new StringBuilder(16_384);
        b.Append(ic, $$"""{"op":0,"s":{{sequence}},"t":"GUILD_CREATE","d":{"id":"{{guildId}}","name":"Fan server {{guildId % 100_000}}","icon":"a1b2c3d4e5f60718293a4b5c6d7e8f90","description":null,"splash":null,"discovery_splash":null,"banner":null,"owner_id":"{{guildId + 99}}","application_id":null,"region":"deprecated","afk_channel_id":null,"afk_timeout":300,"system_channel_id":"{{guildId + 4}}","widget_enabled":false,"verification_level":1,"default_message_notifications":1,"explicit_content_filter":2,"mfa_level":0,"premium_tier":1,"premium_subscription_count":3,"preferred_locale":"en-US","rules_channel_id":"{{guildId + 5}}","public_updates_channel_id":"{{guildId + 6}}","nsfw_level":0,"premium_progress_bar_enabled":false,"joined_at":"2024-01-01T00:00:00.000000+00:00","large":false,"unavailable":false,"member_count":{{250 + (guildId % 5_000)}},"features":["COMMUNITY","NEWS","WELCOME_SCREEN_ENABLED"],"stickers":[],"stage_instances":[],"guild_scheduled_events":[],"presences":[],"roles":[""");
        for (var r = 0; r < Roles; r++)
        {
            var roleId = r == 0 ? guildId : guildId + 1_000 + (ulong)r;
            b.Append(ic, $$"""{{(r > 0 ? "," : "")}}{"id":"{{roleId}}","name":"{{(r == 0 ? "@everyone" : "Role " + r)}}","color":{{r * 1_118_481 % 16_777_215}},"colors":{"primary_color":{{r * 1_118_481 % 16_777_215}},"secondary_color":null,"tertiary_color":null},"hoist":{{(r % 3 == 0 ? "true" : "false")}},"icon":null,"unicode_emoji":null,"position":{{r}},"permissions":"{{(r == 0 ? "1071698660929" : "2248473465835073")}}","managed":false,"mentionable":{{(r % 2 == 0 ? "true" : "false")}},"flags":0}""");
        }

        b.Append("""],"emojis":[""");
        for (var e = 0; e < 5; e++)
        {
            b.Append(ic, $$"""{{(e > 0 ? "," : "")}}{"id":"{{guildId + 2_000 + (ulong)e}}","name":"fan_emoji_{{e}}","roles":[],"require_colons":true,"managed":false,"animated":false,"available":true}""");
        }

        b.Append(ic, $$"""],"members":[{"user":{"id":"{{botUserId}}","username":"FandomBot","discriminator":"0","global_name":null,"avatar":null,"bot":true},"roles":["{{guildId + 1_001}}"],"joined_at":"2024-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0,"pending":false,"premium_since":null,"nick":null,"avatar":null,"communication_disabled_until":null}],"voice_states":[""");
        for (var v = 0; v < 2; v++)
        {
            b.Append(ic, $$"""{{(v > 0 ? "," : "")}}{"channel_id":"{{guildId + 18}}","user_id":"{{guildId + 3_000 + (ulong)v}}","session_id":"5f1e{{v}}a2b3c4d5e6f708192a3b4c5d6e7f","deaf":false,"mute":false,"self_deaf":false,"self_mute":{{(v == 0 ? "true" : "false")}},"self_video":false,"suppress":false,"request_to_speak_timestamp":null}""");
        }

        b.Append("""],"channels":[""");
        for (var c = 0; c < Channels; c++)
        {
            var channelId = guildId + 1 + (ulong)c;
            var type = c < 3 ? 4 : c >= 17 ? 2 : 0;
            var parent = c < 3 ? "null" : $"\"{guildId + 1 + (ulong)(c % 3)}\"";
            b.Append(ic, $$"""{{(c > 0 ? "," : "")}}{"id":"{{channelId}}","type":{{type}},"guild_id":"{{guildId}}","name":"channel-{{c}}","position":{{c}},"parent_id":{{parent}},"topic":{{(type == 0 ? "\"Talk about the show here. Be kind: no speculation about real people.\"" : "null")}},"nsfw":false,"last_message_id":"{{channelId + 500_000}}","rate_limit_per_user":0,"flags":0,"permission_overwrites":[{"id":"{{guildId}}","type":0,"allow":"0","deny":"{{(c % 4 == 0 ? "2048" : "0")}}"},{"id":"{{guildId + 1_002}}","type":0,"allow":"3072","deny":"0"}]{{(type == 2 ? ",\"bitrate\":64000,\"user_limit\":0,\"rtc_region\":null" : "")}}""").Append('}');
        }

        b.Append("""],"threads":[""");
        for (var t = 0; t < Threads; t++)
        {
            b.Append(ic, $$"""{{(t > 0 ? "," : "")}}{"id":"{{guildId + 3_500 + (ulong)t}}","type":11,"guild_id":"{{guildId}}","parent_id":"{{guildId + 4}}","owner_id":"{{guildId + 99}}","name":"episode {{t + 1}} discussion","last_message_id":"{{guildId + 3_600 + (ulong)t}}","message_count":{{40 + t}},"member_count":{{12 + t}},"rate_limit_per_user":0,"flags":0,"total_message_sent":{{40 + t}},"thread_metadata":{"archived":false,"auto_archive_duration":1440,"archive_timestamp":"2024-06-01T00:00:00.000000+00:00","locked":false,"create_timestamp":"2024-06-01T00:00:00.000000+00:00" """).Append("}}");
        }

        b.Append("]}}");
        return b.ToString();
    }

    public static string GuildDelete(long sequence, ulong guildId) =>
        string.Create(CultureInfo.InvariantCulture, $$$"""{"op":0,"s":{{{sequence}}},"t":"GUILD_DELETE","d":{"id":"{{{guildId}}}"}}""");
}
