using FandomBot.Discord.Models;
using static FandomBot.Features.Commands.CommandBuilder;
using T = FandomBot.Features.Commands.LocalizedText;

namespace FandomBot.Features.Commands;

/// <summary>
/// Every slash command the bot registers (bulk-overwritten at start-up), with names and descriptions in English,
/// Spanish, Portuguese, French and German. Moderator commands default to Manage Server; the handlers check
/// <c>member.permissions</c> again on every call, because server owners can change who sees a command.
/// </summary>
internal static class SlashCommandCatalog
{
    public static readonly T Quote = new("quote", "cita", "citação", "citation", "zitat");
    public static readonly T Sources = new("sources", "fuentes", "fontes", "sources", "quellen");
    public static readonly T Reminder = new("reminder", "recordatorio", "lembrete", "rappel", "erinnerung");
    public static readonly T Reminders = new("reminders", "recordatorios", "lembretes", "rappels", "erinnerungen");
    public static readonly T People = new("people", "personas", "pessoas", "personnes", "personen");

    public static readonly T Topic = new("topic", "tema", "tema", "sujet", "thema");
    public static readonly T Speaker = new("speaker", "persona", "pessoa", "personne", "person");
    public static readonly T Status = new("status", "estado", "estado", "statut", "status");
    public static readonly T On = new("on", "activar", "ativar", "activer", "an");
    public static readonly T Off = new("off", "desactivar", "desativar", "désactiver", "aus");
    public static readonly T Channels = new("channels", "canales", "canais", "salons", "kanäle");
    public static readonly T Add = new("add", "añadir", "adicionar", "ajouter", "hinzufügen");
    public static readonly T Remove = new("remove", "quitar", "remover", "retirer", "entfernen");
    public static readonly T List = new("list", "lista", "lista", "liste", "liste");
    public static readonly T Channel = new("channel", "canal", "canal", "salon", "kanal");
    public static readonly T Scope = new("scope", "alcance", "alcance", "portée", "bereich");
    public static readonly T Mode = new("mode", "modo", "modo", "mode", "modus");
    public static readonly T Delivery = new("delivery", "entrega", "entrega", "envoi", "zustellung");
    public static readonly T Cooldown = new("cooldown", "espera", "intervalo", "délai", "pause");
    public static readonly T Minutes = new("minutes", "minutos", "minutos", "minutes", "minuten");
    public static readonly T LogChannel = new("log-channel", "canal-registro", "canal-registro", "salon-journal", "log-kanal");
    public static readonly T ExemptRole = new("exempt-role", "rol-exento", "cargo-isento", "rôle-exempté", "ausgenommene-rolle");
    public static readonly T Role = new("role", "rol", "cargo", "rôle", "rolle");
    public static readonly T Test = new("test", "probar", "testar", "tester", "testen");
    public static readonly T Text = new("text", "texto", "texto", "texte", "text");
    public static readonly T Forget = new("forget", "olvidar", "esquecer", "oublier", "vergessen");
    public static readonly T Name = new("name", "nombre", "nome", "nom", "name");
    public static readonly T Aliases = new("aliases", "alias", "apelidos", "alias", "aliase");
    public static readonly T Kind = new("kind", "tipo", "tipo", "type", "art");
    public static readonly T Fandoms = new("fandoms", "fandoms", "fandoms", "fandoms", "fandoms");
    public static readonly T Fandom = new("fandom", "fandom", "fandom", "fandom", "fandom");
    public static readonly T State = new("state", "estado", "estado", "état", "zustand");

    private static readonly ChannelType[] TextChannels =
        [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread, ChannelType.GuildForum];

    public static IReadOnlyList<ApplicationCommandDefinition> All { get; } =
    [
        Command(Quote, new("Share a sourced quote about privacy, labels and coming out on one's own terms",
                "Comparte una cita con su fuente sobre privacidad, etiquetas y salir del armario a su tiempo",
                "Compartilhe uma citação com fonte sobre privacidade, rótulos e sair do armário no seu tempo",
                "Partager une citation sourcée sur la vie privée, les étiquettes et le coming out choisi",
                "Ein belegtes Zitat über Privatsphäre, Labels und selbstbestimmtes Coming-out teilen"),
            null,
            Option(ApplicationCommandOptionType.String, Topic, new("Speculation, privacy, labels…", "Especulación, privacidad, etiquetas…", "Especulação, privacidade, rótulos…", "Spéculation, vie privée, étiquettes…", "Spekulation, Privatsphäre, Labels…")) with { Autocomplete = true, MaxLength = 100 },
            Option(ApplicationCommandOptionType.String, Speaker, new("Who said it", "Quién lo dijo", "Quem disse", "Qui l'a dit", "Wer es gesagt hat")) with { Autocomplete = true, MaxLength = 100 }),

        Command(Sources, new("Every quote the bot knows, with its speaker, date and links",
                "Todas las citas del bot, con quién, cuándo y enlaces",
                "Todas as citações do bot, com quem, quando e links",
                "Toutes les citations du bot, avec qui, quand et les liens",
                "Alle Zitate des Bots mit Person, Datum und Links"),
            null),

        Command(Reminder, new("Post a gentle reminder about real people's privacy, naming no one",
                "Publica un recordatorio amable sobre la privacidad de personas reales, sin nombrar a nadie",
                "Publica um lembrete gentil sobre a privacidade de pessoas reais, sem citar ninguém",
                "Publier un rappel bienveillant sur la vie privée des personnes réelles, sans nommer personne",
                "Eine freundliche Erinnerung zur Privatsphäre echter Menschen posten, ohne jemanden zu nennen"),
            null),

        Command(Reminders, new("Moderators: how and where the bot sends reminders",
                "Moderación: cómo y dónde envía el bot recordatorios",
                "Moderação: como e onde o bot envia lembretes",
                "Modération : comment et où le bot envoie des rappels",
                "Moderation: wie und wo der Bot Erinnerungen sendet"),
            Permissions.ManageGuild,
            Subcommand(Status, new("Show this server's reminder settings", "Muestra la configuración de este servidor", "Mostra as configurações deste servidor", "Afficher les réglages de ce serveur", "Einstellungen dieses Servers anzeigen")),
            Subcommand(On, new("Switch reminders on", "Activa los recordatorios", "Ativa os lembretes", "Activer les rappels", "Erinnerungen einschalten")),
            Subcommand(Off, new("Switch reminders off", "Desactiva los recordatorios", "Desativa os lembretes", "Désactiver les rappels", "Erinnerungen ausschalten")),
            Group(Channels, new("Channels that get reminders when the scope is 'listed'", "Canales con recordatorios si el alcance es 'listed'", "Canais com lembretes quando o alcance é 'listed'", "Salons avec rappels si la portée est 'listed'", "Kanäle mit Erinnerungen bei Bereich 'listed'"),
                Subcommand(Add, new("Add a channel", "Añade un canal", "Adiciona um canal", "Ajouter un salon", "Einen Kanal hinzufügen"),
                    Option(ApplicationCommandOptionType.Channel, Channel, new("The channel", "El canal", "O canal", "Le salon", "Der Kanal"), required: true) with { ChannelTypes = TextChannels }),
                Subcommand(Remove, new("Remove a channel", "Quita un canal", "Remove um canal", "Retirer un salon", "Einen Kanal entfernen"),
                    Option(ApplicationCommandOptionType.Channel, Channel, new("The channel", "El canal", "O canal", "Le salon", "Der Kanal"), required: true) with { ChannelTypes = TextChannels }),
                Subcommand(List, new("List the channels", "Lista los canales", "Lista os canais", "Lister les salons", "Kanäle auflisten"))),
            Subcommand(Scope, new("Remind in all channels, or only in the listed ones", "Recordar en todos los canales o solo en los de la lista", "Lembrar em todos os canais ou só nos da lista", "Rappeler partout ou seulement dans les salons listés", "In allen Kanälen erinnern oder nur in den gelisteten"),
                Option(ApplicationCommandOptionType.String, Mode, new("all or listed", "all o listed", "all ou listed", "all ou listed", "all oder listed"), required: true) with
                {
                    Choices = [Choice("all", new("all channels", "todos los canales", "todos os canais", "tous les salons", "alle Kanäle")), Choice("listed", new("listed channels only", "solo los de la lista", "só os da lista", "seulement les salons listés", "nur gelistete Kanäle"))],
                }),
            Subcommand(Delivery, new("How reminders are delivered", "Cómo se entregan los recordatorios", "Como os lembretes são entregues", "Comment les rappels sont envoyés", "Wie Erinnerungen zugestellt werden"),
                Option(ApplicationCommandOptionType.String, Mode, new("reply, dm or log-only", "reply, dm o log-only", "reply, dm ou log-only", "reply, dm ou log-only", "reply, dm oder log-only"), required: true) with
                {
                    Choices =
                    [
                        Choice("reply", new("reply in the channel (no ping)", "responder en el canal (sin mención)", "responder no canal (sem menção)", "répondre dans le salon (sans mention)", "im Kanal antworten (ohne Ping)")),
                        Choice("dm", new("direct message to the author", "mensaje directo al autor", "mensagem direta ao autor", "message privé à l'auteur", "Direktnachricht an die Person")),
                        Choice("log-only", new("only a line in the mod-log", "solo una línea en el registro", "só uma linha no registro", "seulement une ligne au journal", "nur eine Zeile im Mod-Log")),
                    ],
                }),
            Subcommand(Cooldown, new("Minutes before the same member gets another reminder", "Minutos antes de otro recordatorio al mismo miembro", "Minutos antes de outro lembrete ao mesmo membro", "Minutes avant un autre rappel au même membre", "Minuten bis zur nächsten Erinnerung an dasselbe Mitglied"),
                Option(ApplicationCommandOptionType.Integer, Minutes, new("0 to 1440", "0 a 1440", "0 a 1440", "0 à 1440", "0 bis 1440"), required: true) with { MinValue = 0, MaxValue = 1440 }),
            Subcommand(LogChannel, new("Where a line is logged per reminder (empty: off)", "Dónde se registra cada recordatorio (vacío: no)", "Onde cada lembrete é registrado (vazio: não)", "Où chaque rappel est journalisé (vide : non)", "Wo jede Erinnerung protokolliert wird (leer: aus)"),
                Option(ApplicationCommandOptionType.Channel, Channel, new("The mod-log channel", "El canal de registro", "O canal de registro", "Le salon journal", "Der Mod-Log-Kanal")) with { ChannelTypes = TextChannels }),
            Group(ExemptRole, new("Roles whose members never get reminders", "Roles cuyos miembros no reciben recordatorios", "Cargos cujos membros não recebem lembretes", "Rôles dont les membres ne reçoivent pas de rappels", "Rollen, deren Mitglieder keine Erinnerungen bekommen"),
                Subcommand(Add, new("Add a role", "Añade un rol", "Adiciona um cargo", "Ajouter un rôle", "Eine Rolle hinzufügen"),
                    Option(ApplicationCommandOptionType.Role, Role, new("The role", "El rol", "O cargo", "Le rôle", "Die Rolle"), required: true)),
                Subcommand(Remove, new("Remove a role", "Quita un rol", "Remove um cargo", "Retirer un rôle", "Eine Rolle entfernen"),
                    Option(ApplicationCommandOptionType.Role, Role, new("The role", "El rol", "O cargo", "Le rôle", "Die Rolle"), required: true)),
                Subcommand(List, new("List the roles", "Lista los roles", "Lista os cargos", "Lister les rôles", "Rollen auflisten"))),
            Subcommand(Test, new("What the detector says about a text, and why (only you see it)", "Qué dice el detector de un texto y por qué (solo tú lo ves)", "O que o detector diz de um texto e por quê (só você vê)", "Ce que dit le détecteur d'un texte, et pourquoi (vous seul le voyez)", "Was der Detektor zu einem Text sagt und warum (nur für dich)"),
                Option(ApplicationCommandOptionType.String, Text, new("The text to check", "El texto", "O texto", "Le texte", "Der Text"), required: true) with { MaxLength = 2000 }),
            Subcommand(Forget, new("Erase all of this server's data (asks to confirm)", "Borra todos los datos de este servidor (pide confirmación)", "Apaga todos os dados deste servidor (pede confirmação)", "Effacer toutes les données de ce serveur (demande confirmation)", "Alle Daten dieses Servers löschen (mit Bestätigung)"))),

        Command(People, new("Moderators: the real people and characters of your fandom", "Moderación: las personas reales y personajes de tu fandom", "Moderação: as pessoas reais e personagens do seu fandom", "Modération : les personnes réelles et personnages de votre fandom", "Moderation: echte Personen und Figuren eures Fandoms"),
            Permissions.ManageGuild,
            Subcommand(Add, new("Add a real person or a fictional character", "Añade una persona real o un personaje", "Adiciona uma pessoa real ou personagem", "Ajouter une personne réelle ou un personnage", "Eine echte Person oder Figur hinzufügen"),
                Option(ApplicationCommandOptionType.String, Name, new("Their name", "Su nombre", "O nome", "Son nom", "Der Name"), required: true) with { MaxLength = 100 },
                Option(ApplicationCommandOptionType.String, Kind, new("Real person or fictional character", "Persona real o personaje", "Pessoa real ou personagem", "Personne réelle ou personnage", "Echte Person oder Figur"), required: true) with
                {
                    Choices = [Choice("real", new("real person", "persona real", "pessoa real", "personne réelle", "echte Person")), Choice("fictional", new("fictional character", "personaje de ficción", "personagem fictício", "personnage de fiction", "fiktive Figur"))],
                },
                Option(ApplicationCommandOptionType.String, Aliases, new("Other names, comma-separated (up to 20)", "Otros nombres, separados por comas (hasta 20)", "Outros nomes, separados por vírgulas (até 20)", "Autres noms, séparés par des virgules (20 max.)", "Weitere Namen, mit Kommas getrennt (bis 20)")) with { MaxLength = 1000 }),
            Subcommand(Remove, new("Remove someone you added", "Quita a alguien que añadiste", "Remove alguém que você adicionou", "Retirer quelqu'un que vous avez ajouté", "Jemanden entfernen, den ihr hinzugefügt habt"),
                Option(ApplicationCommandOptionType.String, Name, new("Their name", "Su nombre", "O nome", "Son nom", "Der Name"), required: true) with { Autocomplete = true, MaxLength = 100 }),
            Subcommand(List, new("The people and characters this server added", "Las personas y personajes de este servidor", "As pessoas e personagens deste servidor", "Les personnes et personnages de ce serveur", "Die Personen und Figuren dieses Servers")),
            Subcommand(Fandoms, new("The built-in fandom packs, on or off", "Los paquetes de fandoms incluidos", "Os pacotes de fandoms incluídos", "Les packs de fandoms intégrés", "Die eingebauten Fandom-Pakete")),
            Subcommand(Fandom, new("Switch a built-in fandom pack on or off", "Activa o desactiva un paquete de fandom", "Ativa ou desativa um pacote de fandom", "Activer ou désactiver un pack de fandom", "Ein Fandom-Paket ein- oder ausschalten"),
                Option(ApplicationCommandOptionType.String, Name, new("The pack", "El paquete", "O pacote", "Le pack", "Das Paket"), required: true) with { Autocomplete = true, MaxLength = 100 },
                Option(ApplicationCommandOptionType.String, State, new("on or off", "on u off", "on ou off", "on ou off", "on oder off"), required: true) with
                {
                    Choices = [Choice("on", new("on", "activado", "ativado", "activé", "an")), Choice("off", new("off", "desactivado", "desativado", "désactivé", "aus"))],
                })),
    ];
}
