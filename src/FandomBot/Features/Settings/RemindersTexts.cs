using T = FandomBot.Features.Commands.LocalizedText;

namespace FandomBot.Features.Settings;

/// <summary>What <c>/reminders</c> answers, in the interaction's language.</summary>
internal static class RemindersTexts
{
    public static readonly T StatusTitle = new("Reminder settings of this server", "Configuración de recordatorios de este servidor", "Configurações de lembretes deste servidor", "Réglages des rappels de ce serveur", "Erinnerungseinstellungen dieses Servers");
    public static readonly T StatusEnabled = new("Reminders: {0}", "Recordatorios: {0}", "Lembretes: {0}", "Rappels : {0}", "Erinnerungen: {0}");
    public static readonly T StatusScope = new("Scope: {0}", "Alcance: {0}", "Alcance: {0}", "Portée : {0}", "Bereich: {0}");
    public static readonly T StatusChannels = new("Listed channels: {0}", "Canales de la lista: {0}", "Canais da lista: {0}", "Salons listés : {0}", "Gelistete Kanäle: {0}");
    public static readonly T StatusDelivery = new("Delivery: {0}", "Entrega: {0}", "Entrega: {0}", "Envoi : {0}", "Zustellung: {0}");
    public static readonly T StatusCooldown = new("Cooldown: {0} minutes per member", "Espera: {0} minutos por miembro", "Intervalo: {0} minutos por membro", "Délai : {0} minutes par membre", "Pause: {0} Minuten pro Mitglied");
    public static readonly T StatusLog = new("Mod-log: {0}", "Registro: {0}", "Registro: {0}", "Journal : {0}", "Mod-Log: {0}");
    public static readonly T StatusRoles = new("Exempt roles: {0}", "Roles exentos: {0}", "Cargos isentos: {0}", "Rôles exemptés : {0}", "Ausgenommene Rollen: {0}");
    public static readonly T StatusCounts = new(
        "Reminders sent: {0} · reported as not speculation: {1}",
        "Recordatorios enviados: {0} · marcados como no especulación: {1}",
        "Lembretes enviados: {0} · marcados como não especulação: {1}",
        "Rappels envoyés : {0} · signalés comme non-spéculation : {1}",
        "Gesendete Erinnerungen: {0} · als keine Spekulation gemeldet: {1}");
    public static readonly T ScopeAll = new("all channels", "todos los canales", "todos os canais", "tous les salons", "alle Kanäle");
    public static readonly T ScopeListed = new("listed channels only", "solo los canales de la lista", "só os canais da lista", "seulement les salons listés", "nur gelistete Kanäle");
    public static readonly T DeliveryReply = new("a reply in the channel (no ping)", "una respuesta en el canal (sin mención)", "uma resposta no canal (sem menção)", "une réponse dans le salon (sans mention)", "eine Antwort im Kanal (ohne Ping)");
    public static readonly T DeliveryDm = new("a direct message to the author", "un mensaje directo al autor", "uma mensagem direta ao autor", "un message privé à l'auteur", "eine Direktnachricht an die Person");
    public static readonly T DeliveryLogOnly = new("only a line in the mod-log", "solo una línea en el registro", "só uma linha no registro", "seulement une ligne au journal", "nur eine Zeile im Mod-Log");

    public static readonly T TurnedOn = new("Reminders are on.", "Los recordatorios están activados.", "Os lembretes estão ativados.", "Les rappels sont activés.", "Erinnerungen sind eingeschaltet.");
    public static readonly T TurnedOff = new("Reminders are off.", "Los recordatorios están desactivados.", "Os lembretes estão desativados.", "Les rappels sont désactivés.", "Erinnerungen sind ausgeschaltet.");
    public static readonly T ChannelAdded = new("{0} is on the list.", "{0} está en la lista.", "{0} está na lista.", "{0} est dans la liste.", "{0} steht auf der Liste.");
    public static readonly T ChannelAddedScopeAll = new(
        "{0} is on the list. The scope is 'all' right now, so every channel gets reminders; use /reminders scope listed to use the list.",
        "{0} está en la lista. El alcance ahora es 'all', así que todos los canales reciben recordatorios; usa /reminders scope listed para usar la lista.",
        "{0} está na lista. O alcance agora é 'all', então todos os canais recebem lembretes; use /reminders scope listed para usar a lista.",
        "{0} est dans la liste. La portée est 'all' pour l'instant, donc tous les salons reçoivent des rappels ; utilisez /reminders scope listed pour utiliser la liste.",
        "{0} steht auf der Liste. Der Bereich ist gerade 'all', also bekommen alle Kanäle Erinnerungen; nutze /reminders scope listed, um die Liste zu verwenden.");
    public static readonly T ChannelRemoved = new("{0} is off the list.", "{0} ya no está en la lista.", "{0} saiu da lista.", "{0} n'est plus dans la liste.", "{0} steht nicht mehr auf der Liste.");
    public static readonly T ChannelNotListed = new("{0} was not on the list.", "{0} no estaba en la lista.", "{0} não estava na lista.", "{0} n'était pas dans la liste.", "{0} stand nicht auf der Liste.");
    public static readonly T ChannelsHeader = new("Listed channels:", "Canales de la lista:", "Canais da lista:", "Salons listés :", "Gelistete Kanäle:");
    public static readonly T NoChannels = new("No channel is listed.", "No hay canales en la lista.", "Nenhum canal na lista.", "Aucun salon n'est listé.", "Kein Kanal ist gelistet.");
    public static readonly T WrongChannelType = new(
        "{0} is not a channel where people write (text, announcement, thread or forum); choose another.",
        "{0} no es un canal donde la gente escribe (texto, anuncios, hilo o foro); elige otro.",
        "{0} não é um canal onde as pessoas escrevem (texto, anúncios, tópico ou fórum); escolha outro.",
        "{0} n'est pas un salon où l'on écrit (texte, annonces, fil ou forum) ; choisissez-en un autre.",
        "{0} ist kein Kanal, in dem geschrieben wird (Text, Ankündigungen, Thread oder Forum); wähle einen anderen.");
    public static readonly T WrongLogChannelType = new(
        "{0} cannot take the bot's messages (it needs a text or announcement channel, or a thread); choose another.",
        "{0} no puede recibir mensajes del bot (hace falta un canal de texto o de anuncios, o un hilo); elige otro.",
        "{0} não pode receber mensagens do bot (precisa ser canal de texto, de anúncios ou um tópico); escolha outro.",
        "{0} ne peut pas recevoir les messages du bot (il faut un salon textuel, d'annonces ou un fil) ; choisissez-en un autre.",
        "{0} kann keine Nachrichten des Bots aufnehmen (nötig ist ein Text- oder Ankündigungskanal oder ein Thread); wähle einen anderen.");
    public static readonly T ScopeSet = new("Reminders now watch {0}.", "Los recordatorios ahora vigilan {0}.", "Os lembretes agora observam {0}.", "Les rappels surveillent maintenant {0}.", "Erinnerungen beobachten jetzt {0}.");
    public static readonly T DeliverySet = new("Reminders are now delivered as {0}.", "Los recordatorios ahora se entregan como {0}.", "Os lembretes agora são entregues como {0}.", "Les rappels sont maintenant envoyés comme {0}.", "Erinnerungen werden jetzt zugestellt als {0}.");
    public static readonly T CooldownSet = new("Each member now waits {0} minutes between reminders.", "Cada miembro espera ahora {0} minutos entre recordatorios.", "Cada membro agora espera {0} minutos entre lembretes.", "Chaque membre attend maintenant {0} minutes entre deux rappels.", "Jedes Mitglied wartet jetzt {0} Minuten zwischen Erinnerungen.");
    public static readonly T CooldownOutOfRange = new(
        "The cooldown must be between 0 and 1440 minutes (one day); {0} is not.",
        "La espera debe estar entre 0 y 1440 minutos (un día); {0} no lo está.",
        "O intervalo deve ficar entre 0 e 1440 minutos (um dia); {0} não fica.",
        "Le délai doit être compris entre 0 et 1440 minutes (un jour) ; {0} ne l'est pas.",
        "Die Pause muss zwischen 0 und 1440 Minuten (ein Tag) liegen; {0} tut das nicht.");
    public static readonly T LogChannelSet = new("Mod-log lines go to {0}.", "Las líneas de registro van a {0}.", "As linhas de registro vão para {0}.", "Les lignes de journal vont dans {0}.", "Mod-Log-Zeilen gehen nach {0}.");
    public static readonly T LogChannelOff = new("Mod-log lines are off.", "Las líneas de registro están desactivadas.", "As linhas de registro estão desativadas.", "Les lignes de journal sont désactivées.", "Mod-Log-Zeilen sind ausgeschaltet.");
    public static readonly T RoleAdded = new("Members with {0} never get reminders.", "Los miembros con {0} nunca reciben recordatorios.", "Membros com {0} nunca recebem lembretes.", "Les membres ayant {0} ne reçoivent jamais de rappels.", "Mitglieder mit {0} bekommen nie Erinnerungen.");
    public static readonly T RoleRemoved = new("{0} is no longer exempt.", "{0} ya no está exento.", "{0} não está mais isento.", "{0} n'est plus exempté.", "{0} ist nicht mehr ausgenommen.");
    public static readonly T RoleNotExempt = new("{0} was not exempt.", "{0} no estaba exento.", "{0} não estava isento.", "{0} n'était pas exempté.", "{0} war nicht ausgenommen.");
    public static readonly T RolesHeader = new("Exempt roles:", "Roles exentos:", "Cargos isentos:", "Rôles exemptés :", "Ausgenommene Rollen:");
    public static readonly T NoRoles = new("No role is exempt.", "Ningún rol está exento.", "Nenhum cargo está isento.", "Aucun rôle n'est exempté.", "Keine Rolle ist ausgenommen.");

    public static readonly T TestRemind = new("Verdict: a reminder would be sent (score {0}).", "Veredicto: se enviaría un recordatorio (puntuación {0}).", "Veredito: um lembrete seria enviado (pontuação {0}).", "Verdict : un rappel serait envoyé (score {0}).", "Ergebnis: Es käme eine Erinnerung (Wert {0}).");
    public static readonly T TestQuiet = new("Verdict: no reminder (score {0}).", "Veredicto: ningún recordatorio (puntuación {0}).", "Veredito: nenhum lembrete (pontuação {0}).", "Verdict : pas de rappel (score {0}).", "Ergebnis: keine Erinnerung (Wert {0}).");
    public static readonly T TestPerson = new("About: {0}", "Sobre: {0}", "Sobre: {0}", "À propos de : {0}", "Über: {0}");
    public static readonly T TestLanguage = new("Language: {0}", "Idioma: {0}", "Idioma: {0}", "Langue : {0}", "Sprache: {0}");
    public static readonly T TestReasons = new("Reasons:", "Motivos:", "Motivos:", "Raisons :", "Gründe:");
    public static readonly T TestNoReasons = new("No cue of speculation was found.", "No se encontró ningún indicio de especulación.", "Nenhum indício de especulação foi encontrado.", "Aucun indice de spéculation n'a été trouvé.", "Kein Hinweis auf Spekulation gefunden.");
    public static readonly T TestNote = new(
        "Nothing was posted and nothing was stored; this only shows what the detector says.",
        "No se publicó ni se guardó nada; esto solo muestra lo que dice el detector.",
        "Nada foi publicado nem guardado; isto só mostra o que o detector diz.",
        "Rien n'a été publié ni enregistré ; ceci montre seulement ce que dit le détecteur.",
        "Nichts wurde gepostet oder gespeichert; das zeigt nur, was der Detektor sagt.");

    public static readonly T ForgetPrompt = new(
        "This erases everything FandomBot keeps for this server: settings, added people, fandom choices and counts. It cannot be undone.",
        "Esto borra todo lo que FandomBot guarda de este servidor: configuración, personas añadidas, fandoms y recuentos. No se puede deshacer.",
        "Isto apaga tudo o que o FandomBot guarda deste servidor: configurações, pessoas adicionadas, fandoms e contagens. Não pode ser desfeito.",
        "Ceci efface tout ce que FandomBot garde pour ce serveur : réglages, personnes ajoutées, choix de fandoms et compteurs. C'est irréversible.",
        "Das löscht alles, was FandomBot für diesen Server speichert: Einstellungen, hinzugefügte Personen, Fandom-Auswahl und Zähler. Das lässt sich nicht rückgängig machen.");
    public static readonly T ForgetConfirm = new("Erase everything", "Borrar todo", "Apagar tudo", "Tout effacer", "Alles löschen");
    public static readonly T ForgetCancel = new("Cancel", "Cancelar", "Cancelar", "Annuler", "Abbrechen");
    public static readonly T Forgotten = new(
        "This server's data is erased; the defaults apply again.",
        "Los datos de este servidor se borraron; vuelve la configuración por defecto.",
        "Os dados deste servidor foram apagados; as configurações padrão valem de novo.",
        "Les données de ce serveur sont effacées ; les réglages par défaut s'appliquent de nouveau.",
        "Die Daten dieses Servers sind gelöscht; es gelten wieder die Standardeinstellungen.");
    public static readonly T ForgetCancelled = new("Nothing was erased.", "No se borró nada.", "Nada foi apagado.", "Rien n'a été effacé.", "Nichts wurde gelöscht.");
}
