using FandomBot.Core.Quotes;
using FandomBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FandomBot.Features.Quotes;

/// <summary>
/// Makes the host load the quote collection before anything connects: taking <see cref="QuoteLibrary"/> in the
/// constructor means a bad file fails start-up with its <c>DataFileException</c> (one line, exit code 2), instead of
/// at the first <c>/quote</c>.
/// </summary>
internal sealed partial class QuoteCollectionStartupCheck(QuoteLibrary library, IOptions<QuotesOptions> options, ILogger<QuoteCollectionStartupCheck> logger)
    : IStartupCheck
{
    public void Check() => LogLoaded(logger, library.All.Count, library.Speakers.Count, options.Value.Path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {QuoteCount} quotes from {SpeakerCount} speakers ({QuotesPath})")]
    private static partial void LogLoaded(ILogger logger, int quoteCount, int speakerCount, string quotesPath);
}
