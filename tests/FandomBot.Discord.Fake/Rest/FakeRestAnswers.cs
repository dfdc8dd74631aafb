using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FandomBot.Discord.Fake.Rest;

/// <summary>The usual answers of the fake REST API, shaped like Discord's.</summary>
internal sealed class FakeRestAnswers(FakeRestApi api)
{
    private long _sequence;

    public JsonObject CurrentUser() => new()
    {
        ["id"] = Id(api.BotUserId),
        ["username"] = api.BotUserName,
        ["discriminator"] = "0",
        ["global_name"] = null,
        ["avatar"] = null,
        ["bot"] = true,
    };

    public JsonObject Application() => new()
    {
        ["id"] = Id(api.ApplicationId),
        ["name"] = api.BotUserName,
        ["description"] = "",
        ["bot_public"] = false,
        ["flags"] = 0,
        ["bot"] = CurrentUser(),
    };

    public JsonObject GatewayBot(Uri gatewayUrl)
    {
        var settings = api.GatewayBot;
        return new JsonObject
        {
            ["url"] = gatewayUrl.AbsoluteUri.TrimEnd('/'),
            ["shards"] = settings.Shards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = settings.SessionStartTotal,
                ["remaining"] = settings.SessionStartRemaining,
                ["reset_after"] = settings.SessionStartResetAfterMilliseconds,
                ["max_concurrency"] = settings.MaxConcurrency,
            },
        };
    }

    public JsonObject DmChannel(JsonNode? body) => new()
    {
        ["id"] = NewId(),
        ["type"] = 1,
        ["last_message_id"] = null,
        ["recipients"] = new JsonArray(new JsonObject
        {
            ["id"] = body?["recipient_id"]?.DeepClone(),
            ["username"] = "recipient",
            ["discriminator"] = "0",
        }),
    };

    public JsonObject Message(string channelId, string? messageId, JsonNode? body, bool edited, string? webhookId = null)
    {
        var message = new JsonObject
        {
            ["id"] = messageId ?? NewId(),
            ["channel_id"] = channelId,
            ["author"] = CurrentUser(),
            ["content"] = body?["content"]?.DeepClone() ?? "",
            ["timestamp"] = Timestamp(api.Time.GetUtcNow()),
            ["edited_timestamp"] = edited ? Timestamp(api.Time.GetUtcNow()) : null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = body?["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = body?["components"]?.DeepClone() ?? new JsonArray(),
            ["pinned"] = false,
            ["type"] = body?["message_reference"] is null ? 0 : 19,
            ["flags"] = body?["flags"]?.DeepClone() ?? 0,
        };
        if (body?["message_reference"] is { } reference)
        {
            message["message_reference"] = reference.DeepClone();
        }

        if (webhookId is not null)
        {
            message["webhook_id"] = webhookId;
        }

        return message;
    }

    public JsonArray Commands(JsonNode? body, HttpContext context)
    {
        var answer = new JsonArray();
        foreach (var definition in body?.AsArray() ?? [])
        {
            var command = definition!.DeepClone().AsObject();
            command["id"] = NewId();
            command["application_id"] = context.Request.RouteValues["application_id"]?.ToString();
            command["version"] = NewId();
            command["type"] ??= 1;
            command["description"] ??= "";
            if (context.Request.RouteValues["guild_id"] is { } guild)
            {
                command["guild_id"] = guild.ToString();
            }

            answer.Add(command);
        }

        return answer;
    }

    /// <summary>A fresh snowflake on the server's clock.</summary>
    public string NewId()
    {
        var milliseconds = (ulong)(api.Time.GetUtcNow() - new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)).TotalMilliseconds;
        var sequence = (ulong)Interlocked.Increment(ref _sequence) & 0x3FFFFF;
        return ((milliseconds << 22) | sequence).ToString(CultureInfo.InvariantCulture);
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
}
