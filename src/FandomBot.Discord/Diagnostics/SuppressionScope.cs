namespace FandomBot.Discord.Diagnostics;

/// <summary>Sets a flow's "not real traffic" flag and restores what it was on dispose (scopes may nest).</summary>
public sealed class SuppressionScope : IDisposable
{
    private readonly AsyncLocal<bool> _flag;
    private readonly bool _before;

    /// <summary>Sets the flag for the current flow.</summary>
    public SuppressionScope(AsyncLocal<bool> flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        _flag = flag;
        _before = flag.Value;
        flag.Value = true;
    }

    /// <summary>Restores the flag as it was.</summary>
    public void Dispose() => _flag.Value = _before;
}
