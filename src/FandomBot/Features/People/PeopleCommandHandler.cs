using System.Collections.Immutable;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Interactions;
using FandomBot.Detectors;
using FandomBot.Storage;

namespace FandomBot.Features.People;

/// <summary>
/// <c>/people …</c>: the real people and fictional characters this server added, and which built-in fandom packs are
/// on. Only for members with Manage Server (checked on every call, autocomplete included); every answer is ephemeral,
/// in the moderator's language, and shows names escaped (stored exactly as given).
/// </summary>
internal sealed class PeopleCommandHandler(ISettingsStore store, GuildDetectors detectors) : ISlashCommandHandler
{
    public SlashCommand Command => PeopleCommand.Definition;

    public bool IsEphemeral => true;

    public Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
        ModeratorGate.RunAsync(interaction, Command, async (guild, input, locale) => input.Subcommand switch
        {
            _ when input.Subcommand == PeopleCommand.Add => await AddAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == PeopleCommand.Remove => await RemoveAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == PeopleCommand.List => await ListAsync(guild, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == PeopleCommand.Fandoms => await FandomsAsync(guild, locale, cancellationToken).ConfigureAwait(false),
            _ when input.Subcommand == PeopleCommand.Fandom => await FandomAsync(guild, input, locale, cancellationToken).ConfigureAwait(false),
            _ => SettingsReply.Text(SettingsTexts.UnknownSubcommand.For(locale)),
        });

    public async Task<InteractionReply> AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var input = CommandInput.Of(interaction, Command);
        if (interaction.GuildId is not { } guild || !ModeratorGate.IsModerator(interaction) || input.Focused is not { } focused)
        {
            return InteractionReply.WithChoices([]);
        }

        var typed = focused.ValueAsString() ?? "";
        if (input.Subcommand == PeopleCommand.Fandom)
        {
            return InteractionReply.WithChoices(Choices.From(detectors.Packs
                .Where(pack => Matches(pack.Name, typed) || Matches(pack.DisplayName, typed))
                .Select(pack => ($"{pack.DisplayName} ({pack.Name})", pack.Name))));
        }

        if (input.Subcommand == PeopleCommand.Remove)
        {
            try
            {
                var settings = await store.GetAsync(guild.Value, cancellationToken).ConfigureAwait(false);
                return InteractionReply.WithChoices(Choices.From(settings.People.Select(person => person.Name).Where(name => Matches(name, typed))));
            }
            catch (SettingsStoreUnavailableException)
            {
                return InteractionReply.WithChoices([]);
            }
        }

        return InteractionReply.WithChoices([]);
    }

    private async Task<InteractionReply> AddAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        var name = input.Text(PeopleCommand.Name) ?? "";
        if (string.IsNullOrWhiteSpace(name))
        {
            return SettingsReply.Text(PeopleTexts.EmptyName.For(locale));
        }

        var length = name.EnumerateRunes().Count();
        if (length > SettingsLimits.MaxNameLength)
        {
            return SettingsReply.Text(PeopleTexts.NameTooLong.Format(locale, length, SettingsLimits.MaxNameLength));
        }

        var aliases = (input.Text(PeopleCommand.Aliases) ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (aliases.Length > SettingsLimits.MaxAliasesPerPerson)
        {
            return SettingsReply.Text(PeopleTexts.TooManyAliases.Format(locale, aliases.Length, SettingsLimits.MaxAliasesPerPerson));
        }

        if (aliases.Select(alias => alias.EnumerateRunes().Count()).FirstOrDefault(count => count > SettingsLimits.MaxNameLength) is var tooLong and > 0)
        {
            return SettingsReply.Text(PeopleTexts.AliasTooLong.Format(locale, tooLong, SettingsLimits.MaxNameLength));
        }

        var kind = input.Text(PeopleCommand.Kind) == "fictional" ? PersonKind.Fictional : PersonKind.Real;
        var result = await store.AddPersonAsync(guild, new GuildPerson(name, [.. aliases], kind), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return result.Error.Kind == StoreErrorKind.LimitReached
                ? SettingsReply.Text(PeopleTexts.TooManyPeople.For(locale))
                : SettingsReply.Failure(result.Error, locale);
        }

        var stored = result.Value.FindPerson(name);
        return SettingsReply.Text(PeopleTexts.Added.Format(locale, DisplayText.Escape(name), KindName(kind, locale), stored?.Aliases.Length ?? aliases.Length));
    }

    private async Task<InteractionReply> RemoveAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        var name = input.Text(PeopleCommand.Name) ?? "";
        var result = await store.RemovePersonAsync(guild, name, cancellationToken).ConfigureAwait(false);
        if (result.Error?.Kind == StoreErrorKind.NotFound)
        {
            return SettingsReply.Text(PeopleTexts.NotFound.Format(locale, DisplayText.Escape(name)));
        }

        return result.IsSuccess ? SettingsReply.Text(PeopleTexts.Removed.Format(locale, DisplayText.Escape(name))) : SettingsReply.Failure(result.Error, locale);
    }

    private async Task<InteractionReply> ListAsync(ulong guild, string? locale, CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(guild, cancellationToken).ConfigureAwait(false);
        if (settings.People.IsEmpty)
        {
            return SettingsReply.Text(PeopleTexts.ListEmpty.For(locale));
        }

        var also = PeopleTexts.AlsoKnownAs.For(locale);
        var lines = settings.People.Select(person =>
            $"• {DisplayText.Escape(person.Name)} — {KindName(person.Kind, locale)}{Aliases(person.Aliases, also)}").ToList();
        return SettingsReply.Text(SettingsReply.List(PeopleTexts.ListHeader.Format(locale, settings.People.Length), lines));
    }

    private async Task<InteractionReply> FandomsAsync(ulong guild, string? locale, CancellationToken cancellationToken)
    {
        var packs = detectors.Packs;
        if (packs.Count == 0)
        {
            return SettingsReply.Text(PeopleTexts.NoPacks.For(locale));
        }

        var settings = await store.GetAsync(guild, cancellationToken).ConfigureAwait(false);
        var lines = packs.Select(pack =>
            $"• {DisplayText.Escape(pack.DisplayName)} (`{pack.Name}`) — {(settings.IsPackEnabled(pack.Name) ? SettingsTexts.On : SettingsTexts.Off).For(locale)}").ToList();
        return SettingsReply.Text(SettingsReply.List(PeopleTexts.PacksHeader.For(locale), lines));
    }

    private async Task<InteractionReply> FandomAsync(ulong guild, CommandInput input, string? locale, CancellationToken cancellationToken)
    {
        var typed = (input.Text(PeopleCommand.Name) ?? "").Trim();
        var pack = detectors.Packs.FirstOrDefault(p => string.Equals(p.Name, typed, StringComparison.OrdinalIgnoreCase))
            ?? detectors.Packs.FirstOrDefault(p => string.Equals(p.DisplayName, typed, StringComparison.OrdinalIgnoreCase));
        if (pack is null)
        {
            return SettingsReply.Text(PeopleTexts.UnknownPack.Format(locale, DisplayText.Escape(typed)));
        }

        var on = input.Text(PeopleCommand.State) != "off";
        var result = await store.SetPackEnabledAsync(guild, pack.Name, on, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? SettingsReply.Text(PeopleTexts.PackSet.Format(locale, DisplayText.Escape(pack.DisplayName), (on ? SettingsTexts.On : SettingsTexts.Off).For(locale)))
            : SettingsReply.Failure(result.Error, locale);
    }

    private static bool Matches(string candidate, string typed) =>
        typed.Length == 0 || candidate.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Aliases(ImmutableArray<string> aliases, string also) =>
        aliases.IsEmpty ? "" : $" · {also}: {string.Join(", ", aliases.Select(DisplayText.Escape))}";

    private static string KindName(PersonKind kind, string? locale) =>
        (kind == PersonKind.Fictional ? PeopleTexts.Fictional : PeopleTexts.Real).For(locale);
}
