using Microsoft.AspNetCore.Builder;

namespace FandomBot.Discord.Fake;

/// <summary>The gateway half of the fake Discord server. (Scaffold: the gateway work fills it in.)</summary>
public sealed class FakeGateway(TimeProvider timeProvider) : IAsyncDisposable
{
    internal TimeProvider Time { get; } = timeProvider;

    /// <summary>The ws:// URL clients connect to; set once the server listens.</summary>
    public Uri PublicUrl { get; internal set; } = null!;

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
