using T = FandomBot.Features.Commands.LocalizedText;

namespace FandomBot.Features.Settings;

/// <summary>What the moderator commands say in every case they share, in the interaction's language.</summary>
internal static class SettingsTexts
{
    public static readonly T NotModerator = new(
        "Only members with the Manage Server permission can change these settings.",
        "Solo los miembros con el permiso Gestionar servidor pueden cambiar esta configuración.",
        "Só membros com a permissão Gerenciar servidor podem mudar estas configurações.",
        "Seuls les membres ayant la permission Gérer le serveur peuvent modifier ces réglages.",
        "Nur Mitglieder mit der Berechtigung „Server verwalten“ können diese Einstellungen ändern.");

    public static readonly T GuildOnly = new(
        "This command works only in a server.",
        "Este comando solo funciona en un servidor.",
        "Este comando só funciona em um servidor.",
        "Cette commande ne fonctionne que dans un serveur.",
        "Dieser Befehl funktioniert nur auf einem Server.");

    public static readonly T Unavailable = new(
        "The settings database is unreachable right now; nothing was changed. Try again in a minute.",
        "La base de datos de configuración no responde ahora; no se cambió nada. Prueba de nuevo en un minuto.",
        "O banco de dados de configurações não responde agora; nada foi alterado. Tente de novo em um minuto.",
        "La base de réglages est injoignable pour l'instant ; rien n'a changé. Réessayez dans une minute.",
        "Die Einstellungsdatenbank ist gerade nicht erreichbar; nichts wurde geändert. Versuch es in einer Minute erneut.");

    public static readonly T Rejected = new(
        "That was not saved: {0}",
        "No se guardó: {0}",
        "Não foi salvo: {0}",
        "Ce n'est pas enregistré : {0}",
        "Das wurde nicht gespeichert: {0}");

    public static readonly T UnknownSubcommand = new(
        "This subcommand is not known; Discord may still be updating the command list.",
        "Este subcomando no existe; puede que Discord aún esté actualizando la lista de comandos.",
        "Este subcomando não existe; o Discord pode ainda estar atualizando a lista de comandos.",
        "Cette sous-commande est inconnue ; Discord met peut-être encore à jour la liste des commandes.",
        "Dieser Unterbefehl ist unbekannt; Discord aktualisiert die Befehlsliste vielleicht noch.");

    public static readonly T On = new("on", "activado", "ativado", "activé", "an");
    public static readonly T Off = new("off", "desactivado", "desativado", "désactivé", "aus");
    public static readonly T None = new("none", "ninguno", "nenhum", "aucun", "keine");
}
