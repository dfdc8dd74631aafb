namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The envelope of a command the client sends: opcode and data.</summary>
internal sealed record GatewayCommandPayload<TData>(GatewayOpCode Op, TData D);
