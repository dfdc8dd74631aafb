using Microsoft.AspNetCore.Builder;

namespace FandomBot.Discord.Fake;

/// <summary>The REST half of the fake Discord server. (Scaffold: the REST work fills it in.)</summary>
public sealed class FakeRestApi(TimeProvider timeProvider)
{
    internal TimeProvider Time { get; } = timeProvider;

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
