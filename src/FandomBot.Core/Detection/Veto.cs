namespace FandomBot.Core.Detection;

/// <summary>Why a message is kept quiet whatever the model says (a hard veto), or <see cref="None"/>.</summary>
internal enum Veto : byte
{
    /// <summary>No veto: the model decides.</summary>
    None,

    /// <summary>"he", "she" or "they" out of the blue: no one before it and no word that could be a name.</summary>
    UnnamedPronoun,

    /// <summary>The author about themself ("i'm bi", "as a lesbian"), and no one else named.</summary>
    Author,

    /// <summary>A fictional character (by full name, or with fiction words around), and no one real named.</summary>
    Character,
}
