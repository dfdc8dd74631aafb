using FandomBot.Interactions;

namespace FandomBot.Features.Quotes;

/// <summary><c>/sources</c>: every quote with its speaker, date and links, in pages.</summary>
internal static class SourcesCommand
{
    public static readonly SlashCommand Definition = new("sources", Requires: null);
}
