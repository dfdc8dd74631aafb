using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>Who a verdict is about.</summary>
/// <param name="Name">The person's name (a mention is shown as <c>&lt;@id&gt;</c>).</param>
/// <param name="Kind">Real person, fictional character or mentioned member.</param>
/// <param name="Pack">The fandom pack that named them, when one did.</param>
/// <param name="UserId">The member's id for a mention.</param>
public sealed record DetectedPerson(string Name, PersonKind Kind, string? Pack = null, ulong? UserId = null);
