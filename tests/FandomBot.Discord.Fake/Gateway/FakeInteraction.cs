using System.Globalization;
using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>
/// Builds INTERACTION_CREATE payloads as Discord sends them: slash commands with options (subcommands and groups),
/// autocomplete with a focused option, and component presses with their custom_id and the message they sit on;
/// with the invoking member's <c>permissions</c>, the user, <c>locale</c> and <c>guild_locale</c>.
/// Immutable: every <c>With…</c> returns a changed copy. Send it with <see cref="SendAsync"/>.
/// </summary>
public sealed record FakeInteraction
{
    /// <summary>The guild fake interactions come from unless told otherwise.</summary>
    public const ulong DefaultGuildId = 810_000_000_000_000_001;

    /// <summary>The channel fake interactions come from unless told otherwise.</summary>
    public const ulong DefaultChannelId = 810_000_000_000_000_002;

    /// <summary>The invoking user unless told otherwise.</summary>
    public const ulong DefaultUserId = 42;

    /// <summary>An ordinary member: view channel, send messages, read history, use application commands.</summary>
    public const ulong MemberPermissions = (1UL << 10) | (1UL << 11) | (1UL << 16) | (1UL << 31);

    /// <summary>Manage Server (MANAGE_GUILD) on top of <see cref="MemberPermissions"/>.</summary>
    public const ulong ModeratorPermissions = MemberPermissions | (1UL << 5);

    /// <summary>Administrator on top of <see cref="MemberPermissions"/> (no Manage Server bit of its own).</summary>
    public const ulong AdministratorPermissions = MemberPermissions | (1UL << 3);

    private FakeInteraction(int type, JsonObject data)
    {
        Type = type;
        Data = data;
    }

    /// <summary>2 application command, 3 message component, 4 autocomplete.</summary>
    public int Type { get; }

    /// <summary>The interaction's <c>data</c> (deep-cloned into every payload).</summary>
    public JsonObject Data { get; private init; }

    /// <summary>The interaction id (a fresh snowflake per builder unless set).</summary>
    public ulong Id { get; init; } = NextSnowflake();

    /// <summary>The guild, or null for a DM.</summary>
    public ulong? GuildId { get; init; } = DefaultGuildId;

    /// <summary>The channel.</summary>
    public ulong ChannelId { get; init; } = DefaultChannelId;

    /// <summary>The invoking user's id.</summary>
    public ulong UserId { get; init; } = DefaultUserId;

    /// <summary>The invoking user's username.</summary>
    public string Username { get; init; } = "fan";

    /// <summary>The member's roles (guild only).</summary>
    public IReadOnlyList<ulong> Roles { get; init; } = [];

    /// <summary>The member's permissions in the channel (guild only).</summary>
    public ulong Permissions { get; init; } = MemberPermissions;

    /// <summary>The user's locale.</summary>
    public string Locale { get; init; } = "en-US";

    /// <summary>The guild's locale (guild only).</summary>
    public string GuildLocale { get; init; } = "en-US";

    /// <summary>The interaction token (secret on the real Discord).</summary>
    public string Token { get; init; } = "interaction-token-" + NextSnowflake().ToString(CultureInfo.InvariantCulture);

    /// <summary>The application id; null uses the gateway's.</summary>
    public ulong? ApplicationId { get; init; }

    /// <summary>For components, the message the component is on.</summary>
    public JsonObject? Message { get; init; }

    /// <summary>A slash command (type 2) with its options; subcommands and groups are options too.</summary>
    public static FakeInteraction SlashCommand(string name, params FakeInteractionOption[] options) =>
        new(2, CommandData(name, options));

    /// <summary>An autocomplete request (type 4); mark the option being typed with <c>focused: true</c>.</summary>
    public static FakeInteraction Autocomplete(string name, params FakeInteractionOption[] options) =>
        new(4, CommandData(name, options));

    /// <summary>A button press (type 3) on <paramref name="messageId"/>, a message the bot posted.</summary>
    public static FakeInteraction Button(string customId, ulong messageId, ulong botUserId = 1_000_000_000_000_001) =>
        new FakeInteraction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 })
            .OnMessage(messageId, botUserId);

    /// <summary>This interaction in <paramref name="guildId"/> (null: a DM, with <c>user</c> instead of <c>member</c>).</summary>
    public FakeInteraction InGuild(ulong? guildId) => this with { GuildId = guildId };

    /// <summary>This interaction in <paramref name="channelId"/>.</summary>
    public FakeInteraction InChannel(ulong channelId) => this with { ChannelId = channelId };

    /// <summary>Invoked by <paramref name="userId"/>.</summary>
    public FakeInteraction By(ulong userId, string username = "fan") => this with { UserId = userId, Username = username };

    /// <summary>The member's channel permissions (Discord's bit set).</summary>
    public FakeInteraction WithPermissions(ulong permissions) => this with { Permissions = permissions };

    /// <summary>A member with Manage Server.</summary>
    public FakeInteraction AsModerator() => WithPermissions(ModeratorPermissions);

    /// <summary>The member's roles.</summary>
    public FakeInteraction WithRoles(params ulong[] roles) => this with { Roles = roles };

    /// <summary>The user's locale (for example "es-ES", "pt-BR", "fr", "de").</summary>
    public FakeInteraction WithLocale(string locale) => this with { Locale = locale };

    /// <summary>The guild's locale.</summary>
    public FakeInteraction WithGuildLocale(string locale) => this with { GuildLocale = locale };

    /// <summary>A chosen interaction token.</summary>
    public FakeInteraction WithToken(string token) => this with { Token = token };

    /// <summary>A chosen interaction id.</summary>
    public FakeInteraction WithId(ulong id) => this with { Id = id };

    /// <summary>Adds <paramref name="channelId"/> to <c>data.resolved.channels</c> (channel options resolve there).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="channelType">Discord's channel type: 0 text, 2 voice, 4 category, 5 announcement, 11 public thread, 15 forum.</param>
    /// <param name="name">The channel's name.</param>
    public FakeInteraction WithResolvedChannel(ulong channelId, int channelType = 0, string name = "general")
    {
        var data = (JsonObject)Data.DeepClone();
        Resolved(data, "channels")[FakeInteractionOption.Id(channelId)] = new JsonObject
        {
            ["id"] = FakeInteractionOption.Id(channelId),
            ["type"] = channelType,
            ["name"] = name,
            ["permissions"] = "0",
        };
        return this with { Data = data };
    }

    /// <summary>Adds <paramref name="roleId"/> to <c>data.resolved.roles</c>.</summary>
    public FakeInteraction WithResolvedRole(ulong roleId, string name = "role")
    {
        var data = (JsonObject)Data.DeepClone();
        Resolved(data, "roles")[FakeInteractionOption.Id(roleId)] = new JsonObject
        {
            ["id"] = FakeInteractionOption.Id(roleId),
            ["name"] = name,
            ["color"] = 0,
            ["hoist"] = false,
            ["position"] = 1,
            ["permissions"] = "0",
            ["managed"] = false,
            ["mentionable"] = false,
        };
        return this with { Data = data };
    }

    /// <summary>
    /// The component sits on message <paramref name="messageId"/> written by <paramref name="authorId"/>; when
    /// <paramref name="repliesTo"/> is given, the message is a reply to that (message id, author id) pair, with
    /// <c>message_reference</c> and <c>referenced_message</c> as Discord sends them.
    /// </summary>
    public FakeInteraction OnMessage(ulong messageId, ulong authorId, string content = "", (ulong MessageId, ulong AuthorId)? repliesTo = null)
    {
        var message = MessageJson(messageId, ChannelId, authorId, content, authorIsBot: true);
        if (repliesTo is { } original)
        {
            message["type"] = 19;
            message["message_reference"] = new JsonObject
            {
                ["type"] = 0,
                ["message_id"] = FakeInteractionOption.Id(original.MessageId),
                ["channel_id"] = FakeInteractionOption.Id(ChannelId),
            };
            message["referenced_message"] = MessageJson(original.MessageId, ChannelId, original.AuthorId, "", authorIsBot: false);
        }

        return this with { Message = message };
    }

    /// <summary>The component sits on this exact message object.</summary>
    public FakeInteraction OnMessage(JsonObject message) => this with { Message = message };

    /// <summary>The INTERACTION_CREATE <c>d</c> payload.</summary>
    public JsonObject ToJson(ulong gatewayApplicationId)
    {
        var user = new JsonObject
        {
            ["id"] = FakeInteractionOption.Id(UserId),
            ["username"] = Username,
            ["discriminator"] = "0",
            ["global_name"] = null,
            ["avatar"] = null,
        };
        var json = new JsonObject
        {
            ["id"] = FakeInteractionOption.Id(Id),
            ["application_id"] = FakeInteractionOption.Id(ApplicationId ?? gatewayApplicationId),
            ["type"] = Type,
            ["data"] = Data.DeepClone(),
            ["channel_id"] = FakeInteractionOption.Id(ChannelId),
            ["token"] = Token,
            ["version"] = 1,
            ["locale"] = Locale,
            ["app_permissions"] = "2147601408",
            ["entitlements"] = new JsonArray(),
        };
        if (GuildId is { } guild)
        {
            json["guild_id"] = FakeInteractionOption.Id(guild);
            json["guild_locale"] = GuildLocale;
            json["member"] = new JsonObject
            {
                ["user"] = user,
                ["roles"] = new JsonArray([.. Roles.Select(r => (JsonNode)JsonValue.Create(FakeInteractionOption.Id(r)))]),
                ["permissions"] = Permissions.ToString(CultureInfo.InvariantCulture),
                ["joined_at"] = "2024-01-01T00:00:00+00:00",
                ["deaf"] = false,
                ["mute"] = false,
            };
        }
        else
        {
            json["user"] = user;
        }

        if (Message is not null)
        {
            json["message"] = Message.DeepClone();
        }

        return json;
    }

    /// <summary>Sends this interaction through <paramref name="gateway"/> to the shard that owns its guild.</summary>
    public async Task<FakeGatewayDispatch> SendAsync(FakeGateway gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var shardCount = gateway.Sessions.FirstOrDefault()?.ShardCount
            ?? throw new InvalidOperationException("No client has identified yet.");
        var shardId = GuildId is { } guild ? (int)((guild >> 22) % (ulong)shardCount) : 0;
        return await gateway.SendDispatchAsync(shardId, "INTERACTION_CREATE", ToJson(gateway.ApplicationId)).ConfigureAwait(false);
    }

    private static JsonObject CommandData(string name, FakeInteractionOption[] options)
    {
        var data = new JsonObject { ["id"] = FakeInteractionOption.Id(NextSnowflake()), ["name"] = name, ["type"] = 1 };
        if (options.Length > 0)
        {
            data["options"] = new JsonArray([.. options.Select(o => (JsonNode)o.ToJson())]);
        }

        return data;
    }

    private static JsonObject Resolved(JsonObject data, string kind)
    {
        if (data["resolved"] is not JsonObject resolved)
        {
            resolved = new JsonObject();
            data["resolved"] = resolved;
        }

        if (resolved[kind] is not JsonObject map)
        {
            map = new JsonObject();
            resolved[kind] = map;
        }

        return map;
    }

    private static JsonObject MessageJson(ulong messageId, ulong channelId, ulong authorId, string content, bool authorIsBot)
    {
        var message = FakeGatewayPayloads.Message(null, channelId, content, authorId, messageId, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        if (authorIsBot)
        {
            message["author"]!["username"] = "FandomBot";
            message["author"]!["bot"] = true;
        }

        message["components"] = new JsonArray();
        message["flags"] = 0;
        return message;
    }

    private static ulong NextSnowflake() => FakeGatewayPayloads.NextSnowflake();
}
