using static FandomBot.Core.Detection.Lexicon.IdentityConcept;
using static FandomBot.Core.Detection.Lexicon.LexiconRole;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>German cue words.</summary>
internal static class GermanLexicon
{
    public static void AddTo(LexiconBuilder b)
    {
        b.Language = "de";
        b.Add(Term, Gay, "schwul|schwuler|schwule|schwuchtel|vom anderen ufer|steht auf männer|steht auf typen|steht auf jungs|steht auf kerle|auf männer steht|auf typen steht|auf jungs steht|im anderen team");
        b.Add(Term, Lesbian, "lesbe|lesbisch|lesbische|steht auf frauen|steht auf mädchen|steht auf mädels|auf frauen steht|auf mädchen steht");
        b.Add(Term, Straight, "hetero|heterosexuell|ist hetero");
        b.Add(Term, Queer, "nicht hetero|niemals hetero|kein hetero|alles andere als hetero");
        b.Add(Term, NonBinary, "nichtbinär|nicht binär|nicht-binär|nonbinär");
        b.Add(Term, Trans, "transsexuell|transfrau|transmann|trans frau|trans mann");
        b.Add(Topic, "sexualität|sexuelle orientierung|orientierung|geschlechtsidentität");
        b.Add(Closet, "im schrank|ungeoutet|nicht geoutet|alibi|nur alibi|alibifreundin|alibi-freundin|alibi freundin|alibifreund|alibibeziehung|alibi-beziehung|scheinbeziehung|fake-beziehung|pr-beziehung|pr beziehung|lavendelehe|versteckt sich|verheimlicht|verleugnet sich");
        b.Add(ComingOut, "sein coming-out|ihr coming-out|sein coming out|ihr coming out|sich outen|outet sich|outen|coming-out|coming out");
        b.Add(ComingOutFuture, "wird sich outen|wird sich bald outen|outet sich bald|sich bald outen|bis er sich outet|bis sie sich outet|wann outet er sich|wann outet sie sich");
        b.Add(ComingOutPast, "hat sich geoutet|hat sich öffentlich geoutet|geoutet|offen schwul|offen lesbisch|offen bi|ganz offen");
        b.Add(Stereotype, "wie er läuft|wie sie läuft|wie er redet|wie sie redet|wie er spricht|wie er sich kleidet|wie sie sich kleidet|kleidet sich|klamotten|seine stimme|ihre stimme|stimme|sieht man|man sieht es|man sieht|merkt man|man merkt|vibes|vibe|ausstrahlung|tuntig|feminin|weiblich|schau ihn dir an|schau sie dir an|guck dir an|sein gang|gang|outfit");
        b.Add(Hedge, "bestimmt|sicher|safe|garantiert|muss|muss doch|wette|ich wette|ich glaube|glaube|ich denke|bin mir sicher|wahrscheinlich|vielleicht|definitiv|auf jeden fall|keine chance|niemals|oder|oder nicht|wisst ihr ob|weiß jemand ob|denkt ihr|ob er|ob sie|100 prozent");
        b.Add(Intensifier, "offensichtlich|eindeutig|ganz klar|klar|natürlich|jeder weiß|total|komplett|voll");
        b.Add(OverrideWeak, "eigentlich|in wirklichkeit|wirklich|heimlich");
        b.Add(Override, "sagt er nur so|sagt sie nur so|nur so|nur gesagt|ist eine phase|aus druck|lügt|tut so|tut nur so|angeblich|egal was er sagt|egal was sie sagt|behauptet");
        b.Add(Fake, "um zu promoten|für die promo|gefakt|falsch|lüge|für aufmerksamkeit|für die presse|werbung|pr-gag|pr gag|pr-stunt");
        b.Add(RealWorld, "im echten leben|echten leben|privat|der schauspieler|die schauspielerin|der sänger|die sängerin|der spieler|der streamer|die streamerin|der youtuber|in interviews|im interview|in einem interview|interview|interviews|seine freundin|ihr freund|seine frau|ihr mann|die freundin von|der freund von|die frau von|der mann von|auf instagram|auf insta|persönlich|abseits der kamera|auf dem roten teppich");
        b.Add(RealWorldWeak, "freundin|frau|mann|fotos|datet|schauspieler|schauspielerin|sänger|sängerin|spieler|tour|konzert|stream");
        b.Add(Fiction, "figur|figuren|charakter|charaktere|seine figur|die figur|in der serie|die serie|serie|geschrieben als|handlung|folge|kapitel|staffel|szene|szenen|repräsentation|im buch|in den büchern|buch|im comic|comic|im film|der film|film|seine rolle|ihre rolle|rolle|spielt|spielte|fiktiv|fiktion|kanon|kanonisch|geschichte|drehbuch|die autorin|der autor");
        b.Add(Speech, "hat gesagt|sagte|sagt|erzählt|hat erzählt");
        b.Add(Reported, "glückwunsch|herzlichen glückwunsch|stolz auf dich|bestätigt|hat bestätigt|verkündet|öffentlich|bezeichnet sich als|identifiziert sich als|in seinem tweet|in ihrem tweet|mit eigenen worten|stolz");
        b.Add(Condemning, "gezwungen|zwingen|widerlich|ekelhaft|hört auf zu spekulieren|hör auf zu spekulieren|nicht spekulieren|spekulieren|spekuliert|spekulation|spekulationen|geht uns nichts an|geht niemanden was an|geht niemanden etwas an|geht dich nichts an|nicht unsere sache|lasst ihn in ruhe|lasst sie in ruhe|privatsphäre|respektiert|wenn er bereit ist|wenn sie bereit ist|schuldet niemandem|kann man nicht wissen|niemand weiß|egal|ist doch egal|hört auf|hör auf|nicht okay|annahmen|klischees|klischee|stereotype|vorurteile");
        b.Add(NonPersonNoun, "rechte|ehe|stolz|community|gemeinschaft|menschen|leute|bar|bars|tag|monat|sichtbarkeit|geschichte|repräsentation|figur|figuren|charaktere|paar|paare|fans|freunde|kultur|ikone|flagge|parade|pride");
        b.Add(Self, "ich|bin|mich|mir|mein|meine|als lesbe|als schwuler|als bi|wir|uns");
        b.Add(Pronoun, "er|sie|ihm|ihn|ihr|sein|seine|ihre|der ist|die ist|der war|die war");
        b.Add(SecondPerson, "du|dich|dir");
        b.Add(Also, "auch|ebenfalls|es auch");
        b.Add(RoleNoun, "der schauspieler|die schauspielerin|der sänger|die sängerin|der spieler");
        b.Add(Generic, "jemand|jemanden|niemand|alle|die leute|leute|man|ihr alle|die fans");
        b.Add(Copula, "ist|sind|war|wirkt|scheint|sei");
        b.Add(Future, "endlich|wird|werden|bald|irgendwann|wann|warten|warte|noch nicht|endlich");
        b.Add(Past, "hat|schon|bereits|seit");
        b.Add(Negation, "nicht|kein|keine|nie|niemals|nichts");
        b.Add(Contrast, "aber|obwohl|sondern|trotzdem");
        b.Add(FunctionWord, "im|der|die|das|ist|nicht|und|er|sie|ein|eine|ich|auch|mit|so|was|wie|den|dem|des|zu|von|auf|für|ja|doch|mal|nur|noch|schon|sehr|hat|wird");

        // Words that carry speculation without an orientation word ("so dating", "sus", "just friends 😏"): no
        // trigger for the rules, but they send the message to the model.
        b.Add(Hint, "liebe|verliebt|beziehung|ehepaar|ehe|frauen|männer|mädels|jungs|typen|tanzt|tanzen|pudel|aperol|crop|tops|haare|tattoos|skateboard|naturgesetz|sag's|warten|hassen|teamgeist|wörtlich|ex|privat|privatleben|blick|blicke|hochzeit|kumpels|bett|freund|freundin|daten|zusammen|paar|pärchen|verheiratet|ehefrau|ehemann|freunde|freundinnen|kumpel|verdächtig|sus|vibe|vibes|energie|kuss|küsse|geküsst|umarmung|umarmen|umarmt|händchen|ringe|ring|stolz|regenbogen|flagge|chemie|spannung|geheim|heimlich|versteckt|verstecken|zugeben|bestätigt|ankündigung|tunte|tuntig|feminin|mannweib|schrank|ungeoutet|offensichtlich|merkt|zeichen|beweise|hinweise|gerüchte|klatsch|ship|shippen|fake|vertrag|pr|fassade|bart|pronomen|schwul|lesbisch|bi|trans|weiß|wissen|sieht|eindeutig|klar|real|recht|stimmt|genau|früher|ohrringe|lippenstift|unterstellen|wette|augenbrauen|ufer|offiziell|scheidung|flitterwochen|seelenverwandt|seelenverwandte|mitbewohner|mitbewohnerin|bessere hälfte|freundschaft|ehemänner|ehefrauen|jahrestag|lovestory|liebesgeschichte|mehr als freunde|hochzeitsglocken|outet|zugibt|rechnet|andersrum|wetten|zufall|verkünden|verkündet|petition");
    }
}
