using T = FandomBot.Features.Commands.LocalizedText;

namespace FandomBot.Features.Quotes;

/// <summary>The words around quotes in Discord (/quote, /sources, /reminder), in the interaction's language.</summary>
internal static class QuoteTexts
{
    public static readonly T Said = new("Said", "Dicho", "Dito", "Dit", "Gesagt");
    public static readonly T Where = new("Where", "Dónde", "Onde", "Où", "Wo");
    public static readonly T ReportedBy = new("Reported by", "Publicado por", "Publicado por", "Rapporté par", "Berichtet von");
    public static readonly T Fiction = new("(fiction)", "(ficción)", "(ficção)", "(fiction)", "(Fiktion)");
    public static readonly T FictionNote = new(
        "(fiction) a fictional character's line, not a statement by a real person",
        "(ficción) una frase de un personaje de ficción, no de una persona real",
        "(ficção) uma fala de personagem fictício, não de uma pessoa real",
        "(fiction) la réplique d'un personnage de fiction, pas d'une personne réelle",
        "(Fiktion) der Satz einer fiktiven Figur, keine Aussage eines echten Menschen");
    public static readonly T ReportedOnly = new(
        "(wording seen only in reports)",
        "(redacción vista solo en artículos)",
        "(redação vista só em reportagens)",
        "(formulation vue seulement dans des articles)",
        "(Wortlaut nur aus Berichten bekannt)");
    public static readonly T NoMatch = new(
        "No quote matches that. {0}",
        "Ninguna cita coincide. {0}",
        "Nenhuma citação corresponde. {0}",
        "Aucune citation ne correspond. {0}",
        "Kein Zitat passt dazu. {0}");
    public static readonly T EmptyCollection = new(
        "The quote collection is empty.",
        "La colección de citas está vacía.",
        "A coleção de citações está vazia.",
        "La collection de citations est vide.",
        "Die Zitatsammlung ist leer.");
    public static readonly T SourcesTitle = new("Sources", "Fuentes", "Fontes", "Sources", "Quellen");
    public static readonly T Page = new("Page {0} of {1}", "Página {0} de {1}", "Página {0} de {1}", "Page {0} sur {1}", "Seite {0} von {1}");
    public static readonly T Previous = new("Previous", "Anterior", "Anterior", "Précédent", "Zurück");
    public static readonly T Next = new("Next", "Siguiente", "Próxima", "Suivant", "Weiter");
    public static readonly T LinkUnknown = new("link not known", "enlace desconocido", "link desconhecido", "lien inconnu", "Link unbekannt");
}
