using T = FandomBot.Features.Commands.LocalizedText;

namespace FandomBot.Features.Settings;

/// <summary>What <c>/people</c> answers, in the interaction's language.</summary>
internal static class PeopleTexts
{
    public static readonly T Real = new("real person", "persona real", "pessoa real", "personne réelle", "echte Person");
    public static readonly T Fictional = new("fictional character", "personaje de ficción", "personagem fictício", "personnage de fiction", "fiktive Figur");
    public static readonly T Added = new("Added {0} ({1}), with {2} other names.", "Añadido {0} ({1}), con {2} nombres más.", "Adicionado {0} ({1}), com {2} outros nomes.", "Ajouté : {0} ({1}), avec {2} autres noms.", "Hinzugefügt: {0} ({1}), mit {2} weiteren Namen.");
    public static readonly T NameTooLong = new(
        "A name may be at most 100 characters; this one has {0}.",
        "Un nombre puede tener como mucho 100 caracteres; este tiene {0}.",
        "Um nome pode ter no máximo 100 caracteres; este tem {0}.",
        "Un nom peut compter au plus 100 caractères ; celui-ci en a {0}.",
        "Ein Name darf höchstens 100 Zeichen haben; dieser hat {0}.");
    public static readonly T AliasTooLong = new(
        "Each other name may be at most 100 characters; one has {0}.",
        "Cada nombre adicional puede tener como mucho 100 caracteres; uno tiene {0}.",
        "Cada outro nome pode ter no máximo 100 caracteres; um tem {0}.",
        "Chaque autre nom peut compter au plus 100 caractères ; l'un en a {0}.",
        "Jeder weitere Name darf höchstens 100 Zeichen haben; einer hat {0}.");
    public static readonly T TooManyAliases = new(
        "A person may have at most 20 other names; you gave {0}.",
        "Una persona puede tener como mucho 20 nombres adicionales; diste {0}.",
        "Uma pessoa pode ter no máximo 20 outros nomes; você deu {0}.",
        "Une personne peut avoir au plus 20 autres noms ; vous en avez donné {0}.",
        "Eine Person darf höchstens 20 weitere Namen haben; du hast {0} angegeben.");
    public static readonly T TooManyPeople = new(
        "This server already has the most people it may add (2,000); remove some first.",
        "Este servidor ya tiene el máximo de personas (2000); quita algunas primero.",
        "Este servidor já tem o máximo de pessoas (2.000); remova algumas primeiro.",
        "Ce serveur a déjà le maximum de personnes (2 000) ; retirez-en d'abord.",
        "Dieser Server hat schon die Höchstzahl an Personen (2.000); entferne zuerst welche.");
    public static readonly T EmptyName = new("Give a name.", "Indica un nombre.", "Informe um nome.", "Donnez un nom.", "Gib einen Namen an.");
    public static readonly T Removed = new("Removed {0}.", "Quitado {0}.", "Removido {0}.", "Retiré : {0}.", "Entfernt: {0}.");
    public static readonly T NotFound = new("Nobody named {0} was added here.", "Nadie llamado {0} se añadió aquí.", "Ninguém chamado {0} foi adicionado aqui.", "Personne nommé {0} n'a été ajouté ici.", "Niemand namens {0} wurde hier hinzugefügt.");
    public static readonly T ListHeader = new("People and characters added here ({0}):", "Personas y personajes añadidos aquí ({0}):", "Pessoas e personagens adicionados aqui ({0}):", "Personnes et personnages ajoutés ici ({0}) :", "Hier hinzugefügte Personen und Figuren ({0}):");
    public static readonly T ListEmpty = new("Nobody has been added here yet; /people add adds someone.", "Aún no se añadió a nadie; /people add añade a alguien.", "Ninguém foi adicionado ainda; /people add adiciona alguém.", "Personne n'a encore été ajouté ; /people add ajoute quelqu'un.", "Hier wurde noch niemand hinzugefügt; /people add fügt jemanden hinzu.");
    public static readonly T AlsoKnownAs = new("also", "también", "também", "aussi", "auch");
    public static readonly T PacksHeader = new("Built-in fandom packs:", "Paquetes de fandoms incluidos:", "Pacotes de fandoms incluídos:", "Packs de fandoms intégrés :", "Eingebaute Fandom-Pakete:");
    public static readonly T NoPacks = new("No built-in fandom pack is installed.", "No hay paquetes de fandoms instalados.", "Nenhum pacote de fandom está instalado.", "Aucun pack de fandom n'est installé.", "Kein Fandom-Paket ist installiert.");
    public static readonly T PackSet = new("{0} is now {1}.", "{0} está ahora {1}.", "{0} está agora {1}.", "{0} est maintenant {1}.", "{0} ist jetzt {1}.");
    public static readonly T UnknownPack = new("There is no built-in pack named {0}; /people fandoms lists them.", "No hay un paquete llamado {0}; /people fandoms los muestra.", "Não há pacote chamado {0}; /people fandoms lista todos.", "Aucun pack ne s'appelle {0} ; /people fandoms les liste.", "Es gibt kein Paket namens {0}; /people fandoms listet sie auf.");
}
