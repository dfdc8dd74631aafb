using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The partial application in READY.</summary>
internal sealed record ReadyApplication(Snowflake Id);
