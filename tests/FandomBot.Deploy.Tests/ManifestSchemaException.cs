namespace FandomBot.Deploy.Tests;

/// <summary>A rendered manifest that the Kubernetes API would refuse: the message says which object and field, and why.</summary>
internal sealed class ManifestSchemaException : Exception
{
    public ManifestSchemaException()
    {
    }

    public ManifestSchemaException(string message)
        : base(message)
    {
    }

    public ManifestSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
