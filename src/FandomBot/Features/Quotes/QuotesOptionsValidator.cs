using Microsoft.Extensions.Options;

namespace FandomBot.Features.Quotes;

/// <summary>Checks <see cref="QuotesOptions"/> at start-up; the message names the key so the fix is obvious.</summary>
internal sealed class QuotesOptionsValidator : IValidateOptions<QuotesOptions>
{
    public ValidateOptionsResult Validate(string? name, QuotesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Path)
            ? ValidateOptionsResult.Fail($"{QuotesOptions.SectionName}:{nameof(QuotesOptions.Path)}: is empty; set it to the quote collection file (default {QuotesOptions.DefaultPath})")
            : ValidateOptionsResult.Success;
    }
}
