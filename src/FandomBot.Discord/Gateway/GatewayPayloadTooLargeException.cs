namespace FandomBot.Discord.Gateway;

/// <summary>A gateway command exceeded Discord's 4096-byte payload limit; sending it would close the connection.</summary>
public sealed class GatewayPayloadTooLargeException : InvalidOperationException
{
    /// <summary>Creates the exception for a payload of <paramref name="size"/> bytes.</summary>
    public GatewayPayloadTooLargeException(int size)
        : base($"The gateway command is {size} bytes; Discord accepts at most {GatewayShard.MaxPayloadBytes}.") => Size = size;

    /// <summary>Creates the exception.</summary>
    public GatewayPayloadTooLargeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GatewayPayloadTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GatewayPayloadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The payload's size in bytes.</summary>
    public int Size { get; }
}
