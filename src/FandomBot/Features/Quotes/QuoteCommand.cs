using FandomBot.Interactions;

namespace FandomBot.Features.Quotes;

/// <summary><c>/quote [topic] [speaker]</c>: a sourced quote, open to everyone.</summary>
internal static class QuoteCommand
{
    public static readonly CommandOption Topic = CommandOption.Text("topic", maxLength: 100) with { Autocomplete = true };
    public static readonly CommandOption Speaker = CommandOption.Text("speaker", maxLength: 100) with { Autocomplete = true };

    public static readonly SlashCommand Definition = new("quote", Requires: null) { Options = [Topic, Speaker] };
}
