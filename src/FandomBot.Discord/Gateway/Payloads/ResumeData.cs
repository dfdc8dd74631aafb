namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The data of RESUME (op 6).</summary>
internal sealed record ResumeData(string Token, string SessionId, long? Seq)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"ResumeData {{ SessionId = {SessionId}, Seq = {Seq} }}";
}
