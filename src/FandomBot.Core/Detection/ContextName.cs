namespace FandomBot.Core.Detection;

/// <summary>A name in a context message and the words the author wrote for it.</summary>
internal sealed record ContextName(Reference Reference, string Span);
