using FandomBot.Core.Detection;

namespace FandomBot.Features.Reminders;

/// <summary>
/// <see cref="CueExplanations"/> in the other languages of the bot, for the private "Why this reminder?" answer,
/// which follows the presser's locale. A kind missing here falls back to English.
/// </summary>
internal static class CueExplanationsTranslated
{
    private static readonly Dictionary<string, Dictionary<CueKind, string>> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["es"] = new()
        {
            [CueKind.Orientation] = "ponía una etiqueta de orientación o identidad de género a una persona real",
            [CueKind.Question] = "preguntaba por la orientación o identidad de una persona real",
            [CueKind.Guess] = "hacía suposiciones",
            [CueKind.Certainty] = "sonaba seguro sin ninguna fuente",
            [CueKind.Stereotype] = "juzgaba por el aspecto, la voz o la forma de ser",
            [CueKind.Closet] = "hablaba de que una persona real está en el armario o tiene una «tapadera»",
            [CueKind.ComingOutExpected] = "esperaba que una persona real saliera del armario",
            [CueKind.Gaydar] = "se fiaba del «gaydar»",
            [CueKind.Queerbaiting] = "acusaba a una persona real de queerbaiting, lo que presupone su orientación",
            [CueKind.Override] = "ponía la opinión de quien escribe por encima de lo que la persona ha dicho de sí misma",
            [CueKind.Fake] = "decía que una declaración o relación era falsa o de cara a la galería",
            [CueKind.SelfIdentificationOverridden] = "ponía en duda cómo se describe públicamente la persona",
            [CueKind.RealWorld] = "las palabras junto al nombre apuntan a la persona real, no a un personaje",
            [CueKind.MentionedMember] = "trataba de un miembro de este servidor",
            [CueKind.UnlistedPerson] = "trataba de una persona real (palabras del mundo real junto al nombre)",
            [CueKind.Reference] = "«él», «ella» o «elle» se refería a una persona real nombrada justo antes",
            [CueKind.AmbiguousName] = "el nombre es de una persona real además de un personaje",
            [CueKind.Disguised] = "las palabras estaban disfrazadas (letras parecidas u ortografía partida)",
            [CueKind.Wording] = "estaba redactado como suelen redactarse las especulaciones sobre una persona real",
            [CueKind.Hint] = "lo insinuaba con emojis en vez de decirlo",
        },
        ["pt"] = new()
        {
            [CueKind.Orientation] = "colocava um rótulo de orientação ou identidade de gênero numa pessoa real",
            [CueKind.Question] = "perguntava sobre a orientação ou identidade de uma pessoa real",
            [CueKind.Guess] = "fazia suposições",
            [CueKind.Certainty] = "soava certo sem nenhuma fonte",
            [CueKind.Stereotype] = "julgava pela aparência, voz ou jeito",
            [CueKind.Closet] = "falava de uma pessoa real estar no armário ou ter um relacionamento de fachada",
            [CueKind.ComingOutExpected] = "esperava que uma pessoa real saísse do armário",
            [CueKind.Gaydar] = "confiava no \"gaydar\"",
            [CueKind.Queerbaiting] = "acusava uma pessoa real de queerbaiting, o que pressupõe a orientação dela",
            [CueKind.Override] = "punha a opinião de quem escreveu acima do que a pessoa disse sobre si",
            [CueKind.Fake] = "chamava uma declaração ou relacionamento de falso ou de marketing",
            [CueKind.SelfIdentificationOverridden] = "duvidava de como a pessoa se descreve publicamente",
            [CueKind.RealWorld] = "as palavras perto do nome apontam para a pessoa real, não para uma personagem",
            [CueKind.MentionedMember] = "era sobre um membro deste servidor",
            [CueKind.UnlistedPerson] = "era sobre uma pessoa real (palavras do mundo real perto do nome)",
            [CueKind.Reference] = "\"ele\", \"ela\" ou \"elu\" apontava para uma pessoa real citada logo antes",
            [CueKind.AmbiguousName] = "o nome é de uma pessoa real e também de uma personagem",
            [CueKind.Disguised] = "as palavras estavam disfarçadas (letras parecidas ou grafia separada)",
            [CueKind.Wording] = "estava escrito do jeito que costumam ser as especulações sobre uma pessoa real",
            [CueKind.Hint] = "insinuava com emojis em vez de dizer",
        },
        ["fr"] = new()
        {
            [CueKind.Orientation] = "il collait une étiquette d'orientation ou d'identité de genre sur une personne réelle",
            [CueKind.Question] = "il posait une question sur l'orientation ou l'identité d'une personne réelle",
            [CueKind.Guess] = "il faisait des suppositions",
            [CueKind.Certainty] = "il affirmait sans aucune source",
            [CueKind.Stereotype] = "il jugeait d'après l'apparence, la voix ou les manières",
            [CueKind.Closet] = "il parlait d'une personne réelle « dans le placard » ou d'une relation de façade",
            [CueKind.ComingOutExpected] = "il attendait d'une personne réelle qu'elle fasse son coming out",
            [CueKind.Gaydar] = "il se fiait au « gaydar »",
            [CueKind.Queerbaiting] = "il accusait une personne réelle de queerbaiting, ce qui présume son orientation",
            [CueKind.Override] = "il plaçait l'avis de l'auteur au-dessus de ce que la personne a dit d'elle-même",
            [CueKind.Fake] = "il qualifiait une déclaration ou une relation de fausse ou de coup de com'",
            [CueKind.SelfIdentificationOverridden] = "il remettait en doute la façon dont la personne se décrit publiquement",
            [CueKind.RealWorld] = "les mots autour du nom désignent la personne réelle, pas un personnage",
            [CueKind.MentionedMember] = "il concernait un membre de ce serveur",
            [CueKind.UnlistedPerson] = "il concernait une personne réelle (des mots du monde réel à côté du nom)",
            [CueKind.Reference] = "« il », « elle » ou « iel » désignait une personne réelle nommée juste avant",
            [CueKind.AmbiguousName] = "le nom est celui d'une personne réelle autant que d'un personnage",
            [CueKind.Disguised] = "les mots étaient déguisés (lettres ressemblantes ou orthographe coupée)",
            [CueKind.Wording] = "c'était formulé comme le sont d'habitude les spéculations sur une personne réelle",
            [CueKind.Hint] = "ça le sous-entendait avec des emojis au lieu de le dire",
        },
        ["de"] = new()
        {
            [CueKind.Orientation] = "sie gab einem echten Menschen ein Etikett für Orientierung oder Geschlechtsidentität",
            [CueKind.Question] = "sie fragte nach der Orientierung oder Identität eines echten Menschen",
            [CueKind.Guess] = "sie stellte Vermutungen an",
            [CueKind.Certainty] = "sie klang sicher, ohne jede Quelle",
            [CueKind.Stereotype] = "sie urteilte nach Aussehen, Stimme oder Auftreten",
            [CueKind.Closet] = "sie sprach davon, dass ein echter Mensch ungeoutet sei oder eine Alibi-Beziehung habe",
            [CueKind.ComingOutExpected] = "sie erwartete, dass sich ein echter Mensch outet",
            [CueKind.Gaydar] = "sie verließ sich auf das „Gaydar“",
            [CueKind.Queerbaiting] = "sie warf einem echten Menschen Queerbaiting vor, was seine Orientierung unterstellt",
            [CueKind.Override] = "sie stellte die eigene Sicht über das, was die Person selbst gesagt hat",
            [CueKind.Fake] = "sie nannte eine Aussage oder Beziehung unecht oder PR",
            [CueKind.SelfIdentificationOverridden] = "sie zweifelte an, wie die Person sich öffentlich beschreibt",
            [CueKind.RealWorld] = "die Wörter um den Namen zeigen auf den echten Menschen, nicht auf eine Figur",
            [CueKind.MentionedMember] = "es ging um ein Mitglied dieses Servers",
            [CueKind.UnlistedPerson] = "es ging um einen echten Menschen (Wörter aus dem echten Leben neben dem Namen)",
            [CueKind.Reference] = "„er“, „sie“ oder „they“ bezog sich auf einen kurz davor genannten echten Menschen",
            [CueKind.AmbiguousName] = "der Name gehört einem echten Menschen und auch einer Figur",
            [CueKind.Disguised] = "die Wörter waren verschleiert (ähnlich aussehende Buchstaben oder getrennte Schreibweise)",
            [CueKind.Wording] = "es war so formuliert, wie Spekulationen über echte Menschen meist formuliert sind",
            [CueKind.Hint] = "es deutete es mit Emojis an, statt es zu sagen",
        },
    };

    /// <summary>The sentences of a mask in <paramref name="language"/> (English where there is no translation).</summary>
    public static IReadOnlyList<string> FromMask(uint mask, string? language)
    {
        var primary = language?.Split('-', '_')[0];
        ByLanguage.TryGetValue(primary ?? "en", out var translated);
        return [.. Enum.GetValues<CueKind>()
            .Where(cue => (int)cue < 32 && (mask & (1u << (int)cue)) != 0)
            .Select(cue => translated is not null && translated.TryGetValue(cue, out var text) ? text : CueExplanations.For(cue))
            .OfType<string>()];
    }
}
