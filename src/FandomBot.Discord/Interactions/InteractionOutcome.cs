using FandomBot.Discord.Rest;

namespace FandomBot.Discord.Interactions;

/// <summary>How an interaction was answered.</summary>
/// <param name="Deferred">Whether the handler was slow and a deferral (type 5 or 6) went first.</param>
/// <param name="Result">The outcome of the last call to Discord.</param>
public sealed record InteractionOutcome(bool Deferred, DiscordResult Result);
