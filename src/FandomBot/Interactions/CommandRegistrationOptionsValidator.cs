using System.Globalization;
using Microsoft.Extensions.Options;

namespace FandomBot.Interactions;

/// <summary>Checks <c>Discord:CommandGuildId</c> at start-up: empty, or a Discord id (a positive whole number).</summary>
internal sealed class CommandRegistrationOptionsValidator : IValidateOptions<CommandRegistrationOptions>
{
    public ValidateOptionsResult Validate(string? name, CommandRegistrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = options.CommandGuildId;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValidateOptionsResult.Success;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{CommandRegistrationOptions.SectionName}:{nameof(CommandRegistrationOptions.CommandGuildId)}: '{text}' is not a guild id; give the server's numeric id (Developer Mode → Copy Server ID) or leave it empty to register commands globally");
    }
}
