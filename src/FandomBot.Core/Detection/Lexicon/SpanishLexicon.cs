using static FandomBot.Core.Detection.Lexicon.IdentityConcept;
using static FandomBot.Core.Detection.Lexicon.LexiconRole;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>Spanish cue words (written with accents; normalisation folds them like the messages).</summary>
internal static class SpanishLexicon
{
    public static void AddTo(LexiconBuilder b)
    {
        b.Language = "es";
        b.Add(Term, Gay, "marica|maricón|maricon|del otro bando|de la otra acera|le gustan los hombres|le gustan los chicos|le van los chicos|le gustan los tíos|gusta de hombres|gusta de chicos|del otro equipo|juega para el otro equipo|juega en el otro equipo");
        b.Add(Term, Lesbian, "tortillera|bollera|le gustan las mujeres|le gustan las chicas|le van las chicas|le gustan las tías|gusta de mujeres|gusta de chicas");
        b.Add(Term, Straight, "heterosexual|hetero|heterosexuales|es hetero");
        b.Add(Term, Queer, "no es hetero|no es heterosexual|nada hetero|para nada hetero|cero hetero");
        b.Add(Term, NonBinary, "no binario|no binaria|no binarie");
        b.Add(Term, Trans, "transexual|mujer trans|hombre trans");
        b.Add(Topic, "sexualidad|orientación sexual|orientacion|identidad de género");
        b.Add(Closet, "en el armario|en el clóset|en el closet|de clóset|de closet|armario|enclosetado|enclosetada|novia falsa|novio falso|relación falsa|relación de pr|relación pr|novia de pr|novio de pr|tapadera|matrimonio lavanda|escondiendo quién es|ocultando su sexualidad");
        b.Add(Beard, "barba|su barba");
        b.Add(ComingOut, "salir del armario|salir del clóset|sale del armario|sale del clóset|salga del armario|salga del clóset|declararse|se declare");
        b.Add(ComingOutFuture, "saldrá del armario|saldrá del clóset|va a salir del armario|va a salir del clóset|va a declararse|se va a declarar|esperando que salga|cuándo va a salir|pronto saldrá");
        b.Add(ComingOutPast, "salió del armario|salió del clóset|ha salido del armario|se declaró|se ha declarado|abiertamente|fuera del armario|es abiertamente");
        b.Add(Stereotype, "se notaba|se notaba que|se nota que|forma de caminar|forma de hablar|forma de vestir|manera de caminar|manera de hablar|manera de vestir|cómo camina|cómo habla|cómo se viste|como camina|como habla|como se viste|se viste|camina|su voz|voz|se nota|se le nota|se ve|vibras|vibra|tiene pinta|pinta de|amanerado|afeminado|lo delata|la delata|mira cómo|miren cómo|basta con verlo|basta con verla|su ropa|sus uñas");
        b.Add(Hedge, "seguro|seguro que|segurísimo|fijo|fijo que|debe ser|debe de ser|tiene que ser|apuesto|apuesto a que|creo que|me parece que|sin duda|no hay forma|ni de broma|ni de coña|probablemente|quizás|quizas|tal vez|a lo mejor|será|sera|o no|verdad|es gay o|me pregunto|alguien sabe si|ustedes creen|creen que|100 por ciento");
        b.Add(Intensifier, "obvio|obviamente|claramente|claro que|es obvio|evidentemente|todos sabemos|totalmente|súper");
        b.Add(OverrideWeak, "en realidad|realmente|de verdad|secretamente");
        b.Add(Override, "solo lo dijo|lo dijo para|por presión|es una fase|miente|finge|fingiendo|aunque diga|diga lo que diga|dice que es|supuestamente");
        b.Add(Fake, "para promocionar|por promo|falsa|mentira|por fama|para llamar la atención|publicidad|montaje|truco publicitario|para vender");
        b.Add(RealWorld, "en la vida real|vida real|el actor|la actriz|el cantante|la cantante|el jugador|el futbolista|el streamer|la streamer|el youtuber|en entrevistas|en una entrevista|entrevista|entrevistas|su novia|su novio|su esposa|su esposo|su marido|su mujer|la novia de|el novio de|la esposa de|el esposo de|el marido de|en instagram|en su instagram|en persona|en privado|fuera de cámara|en la alfombra roja");
        b.Add(RealWorldWeak, "novia|novio|esposa|esposo|marido|fotos|saliendo con|sale con|actor|actriz|cantante|jugador|gira|concierto|directo");
        b.Add(Fiction, "personaje|personajes|su personaje|el personaje|en la serie|la serie|serie|escrito como|escrita como|trama|episodio|capítulo|temporada|escena|escenas|representación|en el libro|en los libros|libro|en el cómic|cómic|en la peli|la peli|película|su papel|papel|interpreta|interpretó|ficticio|ficción|canónico|canónicamente|historia|guionistas|la autora|el autor");
        b.Add(Speech, "dijo|dice|contó|lo dijo|lo ha dicho|ha dicho|lo contó|lo dijera");
        b.Add(Reported, "enhorabuena|felicidades|orgullo de ti|confirmó|anunció|reveló|declaró|habló de|habló sobre|públicamente|se identifica como|se identificó como|en su tweet|en sus propias palabras|orgulloso|orgullosa");
        b.Add(Condemning, "lo obligaron|obligaron|forzaron|lo forzaron|forzado|asqueroso|horrible|no especulen|no especulemos|dejen de especular|dejemos de especular|especular|especulación|especulando|no es asunto nuestro|no es asunto de nadie|no es asunto tuyo|no es de nuestra incumbencia|no nos corresponde|no nos importa|no adivinen|déjenlo en paz|déjenla en paz|dejenlo en paz|respeten su privacidad|privacidad|cuando esté listo|cuando esté lista|no le debe|no se puede saber|no podemos saber|nadie sabe|qué importa|no importa|dejen de|paren de|no está bien|suposiciones|estereotipos|no hagan suposiciones|no asuman");
        b.Add(NonPersonNoun, "derechos|matrimonio|orgullo|comunidad|personas|gente|bar|bares|día|mes|visibilidad|historia|representación|personaje|personajes|pareja|parejas|fans|amigos|amigas|cultura|icono|bandera|marcha|desfile|pan dulce|pan con|el pan|de pan|pan de|pan y");
        b.Add(Self, "yo|soy|mi|mí|me|como lesbiana|como bisexual|como gay|como persona|nosotros|nosotras|somos");
        b.Add(Pronoun, "él|ella|ellas|ellos");
        b.Add(Generic, "alguien|nadie|todos|todas|todo el mundo|la gente|gente|los fans|personas|ustedes");
        b.Add(SecondPerson, "vos|tú|tu|eres|te");
        b.Add(Also, "también|tambien|igual|lo es");
        b.Add(RoleNoun, "el actor|la actriz|el cantante|la cantante|el jugador|el futbolista");
        b.Add(Copula, "es|está|era|sea|fue|parece|son|están");
        b.Add(Future, "de una vez|ya|por fin|va a|vas a|pronto|algún día|cuando|esperando|esperar|tarde o temprano|todavía|aún no");
        b.Add(Past, "ya|ha|había|hace años|desde");
        b.Add(Negation, "no|nunca|jamás|nada|ni");
        b.Add(Contrast, "pero|aunque|sino");
        b.Add(FunctionWord, "el|la|los|las|que|es|de|y|pero|muy|con|por|para|una|un|eso|esto|porque|también|qué|como|del|al|se|lo|su|ya|mucho|nada|ese|esa");

        // Words that carry speculation without an orientation word ("so dating", "sus", "just friends 😏"): no
        // trigger for the rules, but they send the message to the model.
        b.Add(Hint, "amor|enamorado|enamorada|enamorados|liados|liado|lío|novias|noviazgo|cásense|casense|casarse|casar|quieren|quiere|gustaban|gusta|gustan|chicas|chicos|hombres|mujeres|torta|trolo|macho|uñas|ojitos|mirada|cuarto|cama|durmiendo|duerme|trío|trio|excusa|mánager|manager|anuncia|decirlo|dilo|esperando|piensa|piénsalo|piercing|novio|novia|novios|saliendo|salen|juntos|juntas|pareja|casados|casada|casado|boda|esposa|esposo|marido|mujer|amigos|amigas|amigo|amiga|compañeros|sospechoso|sospechosa|vibra|vibras|energía|beso|besos|besó|abrazo|abrazos|abrazados|anillos|anillo|orgullo|arcoíris|bandera|química|tensión|secreto|secretamente|esconde|escondiendo|ocultando|admitir|admite|confirma|confirmado|anuncio|pluma|amanerado|afeminado|marimacho|tortillera|tapado|tapada|armario|obviamente|señales|pruebas|pistas|rumores|chisme|chismes|salseo|ship|shippeo|shippear|fake|montaje|contrato|publicidad|tapadera|barba|pronombres|gay|lesbiana|bi|trans|saben|sabe|sabemos|nota|notar|noten|notaba|seguro|fijo|obvio|real|verdad|razón|cierto|exacto|nombre|especial|botella|rojo|delicado|acera|entiende|batea|relación|relaciones|divorcio|luna de miel|alma gemela|almas gemelas|compañero de piso|compañera de piso|mi persona|media naranja|maridos|esposas|aniversario|amistad|más que amigos|historia de amor|confiese|confesar|confesará|cuente|apuesto|pendientes|rapado|compañera|compañero");
    }
}
