namespace FandomBot.Hosting;

/// <summary>A configuration value is wrong. Its message is the one line the user sees: the key, then what is wrong.</summary>
internal sealed class ConfigurationException : Exception
{
    public ConfigurationException()
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigurationException(string key, string problem)
        : base($"{key}: {problem}")
    {
    }
}
