namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The data of IDENTIFY (op 2).</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyConnectionProperties Properties, int[] Shard)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"IdentifyData {{ Intents = {Intents}, Shard = [{string.Join(',', Shard)}] }}";
}
