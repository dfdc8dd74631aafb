namespace FandomBot.Features.Reminders;

/// <summary>
/// What the reminder says, in the language the detector found. Every phrasing is short (≤ 280 characters), warm,
/// names no one and accuses no one: it is about real people's privacy, not about the person who wrote.
/// </summary>
internal static class ReminderTexts
{
    /// <summary>The longest a reminder may be before its quote.</summary>
    public const int MaxLength = 280;

    public static readonly ReminderPhrasebook English = new(
        "en",
        [
            "A gentle reminder: a real person's sexuality or gender is theirs to share, if and when they choose. Let's enjoy the fandom and leave the guessing out. 💛",
            "Just a friendly note: guessing about real people's orientation can hurt, even when it's meant kindly. Their story is theirs to tell.",
            "Hey, a small reminder: real people get to come out (or not) on their own terms. Let's keep speculation about their identity out of the chat. 🌈",
            "A kind nudge: stereotypes don't tell us anyone's sexuality, and real people deserve their privacy. Thanks for keeping this space kind. 💛",
        ],
        "Why this reminder?",
        "Not speculation",
        "Thanks for letting us know: this one has been noted as not speculation. 💛",
        "This reminder was sent because the message seemed to speculate about a real person:",
        "In their own words:",
        "Only the person who wrote the message or a moderator (Manage Server) can mark this reminder.");

    public static readonly ReminderPhrasebook Spanish = new(
        "es",
        [
            "Un recordatorio amable: la orientación o el género de una persona real le pertenece, y lo comparte si quiere y cuando quiere. Disfrutemos del fandom sin especular. 💛",
            "Solo una nota: adivinar la orientación de personas reales puede hacer daño, aunque sea con buena intención. Su historia es suya.",
            "Un pequeño recordatorio: las personas reales salen del armario (o no) a su manera y a su tiempo. Dejemos la especulación fuera del chat. 🌈",
        ],
        "¿Por qué este recordatorio?",
        "No es especulación",
        "Gracias por avisar: queda anotado que esto no era especulación. 💛",
        "Este recordatorio se envió porque el mensaje parecía especular sobre una persona real:",
        "En sus propias palabras:",
        "Solo quien escribió el mensaje o alguien de moderación (Gestionar servidor) puede marcar este recordatorio.");

    public static readonly ReminderPhrasebook Portuguese = new(
        "pt",
        [
            "Um lembrete gentil: a orientação ou o gênero de uma pessoa real é dela, para contar se e quando quiser. Vamos curtir o fandom sem especular. 💛",
            "Só um toque: tentar adivinhar a orientação de pessoas reais pode machucar, mesmo com boa intenção. A história é delas.",
            "Um pequeno lembrete: pessoas reais saem do armário (ou não) do jeito e no tempo delas. Vamos deixar a especulação fora do chat. 🌈",
        ],
        "Por que este lembrete?",
        "Não é especulação",
        "Obrigado por avisar: fica registrado que isto não era especulação. 💛",
        "Este lembrete foi enviado porque a mensagem parecia especular sobre uma pessoa real:",
        "Nas palavras delas:",
        "Só quem escreveu a mensagem ou a moderação (Gerenciar servidor) pode marcar este lembrete.");

    public static readonly ReminderPhrasebook French = new(
        "fr",
        [
            "Petit rappel bienveillant : l'orientation ou le genre d'une personne réelle lui appartient, à elle de le partager si et quand elle le souhaite. Profitons du fandom sans spéculer. 💛",
            "Juste une note : deviner l'orientation de personnes réelles peut blesser, même sans mauvaise intention. Leur histoire leur appartient.",
            "Un petit rappel : les personnes réelles font leur coming out (ou pas) à leur façon et à leur rythme. Laissons les spéculations hors du chat. 🌈",
        ],
        "Pourquoi ce rappel ?",
        "Pas de spéculation",
        "Merci de nous l'avoir signalé : c'est noté, ce n'était pas de la spéculation. 💛",
        "Ce rappel a été envoyé parce que le message semblait spéculer sur une personne réelle :",
        "Dans leurs propres mots :",
        "Seule la personne qui a écrit le message ou la modération (Gérer le serveur) peut signaler ce rappel.");

    public static readonly ReminderPhrasebook German = new(
        "de",
        [
            "Eine freundliche Erinnerung: Die Sexualität oder das Geschlecht eines echten Menschen gehört ihm selbst – er teilt es, wenn und wann er möchte. Lasst uns den Fandom ohne Spekulationen genießen. 💛",
            "Nur ein kurzer Hinweis: Über die Orientierung echter Menschen zu rätseln kann wehtun, auch wenn es nett gemeint ist. Ihre Geschichte gehört ihnen.",
            "Eine kleine Erinnerung: Echte Menschen outen sich (oder nicht) auf ihre Art und zu ihrer Zeit. Lassen wir Spekulationen aus dem Chat. 🌈",
        ],
        "Warum diese Erinnerung?",
        "Keine Spekulation",
        "Danke für den Hinweis: Das ist notiert, es war keine Spekulation. 💛",
        "Diese Erinnerung kam, weil die Nachricht über einen echten Menschen zu spekulieren schien:",
        "In ihren eigenen Worten:",
        "Nur die Person, die die Nachricht geschrieben hat, oder die Moderation (Server verwalten) kann diese Erinnerung markieren.");

    public static readonly IReadOnlyList<ReminderPhrasebook> All = [English, Spanish, Portuguese, French, German];

    /// <summary>The phrasebook of a language code ("es", "pt-BR", "fr"…); English when we have none.</summary>
    public static ReminderPhrasebook For(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return English;
        }

        var primary = language.Split('-', '_')[0];
        return All.FirstOrDefault(p => p.Language.Equals(primary, StringComparison.OrdinalIgnoreCase)) ?? English;
    }

    /// <summary>One phrasing, varied by a seed (the message id) so the channel does not see the same words every time.</summary>
    public static string Pick(ReminderPhrasebook phrasebook, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(phrasebook);
        return phrasebook.Reminders[(int)(seed % (ulong)phrasebook.Reminders.Count)];
    }
}
