namespace FandomBot.Discord.Rest;

/// <summary>How a route authenticates.</summary>
internal enum RestRouteKind
{
    /// <summary><c>Authorization: Bot &lt;token&gt;</c>; subject to the global limit.</summary>
    Bot,

    /// <summary>Interaction callback and webhook routes: the interaction token in the URL is the credential.</summary>
    InteractionToken,
}
