using FandomBot.Core.Quotes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FandomBot.Features.Quotes;

/// <summary>
/// Makes the host load the quote collection before anything connects: taking <see cref="QuoteLibrary"/> in the
/// constructor means a bad file fails <c>StartAsync</c> with its <c>DataFileException</c>, before any hosted service
/// starts, instead of at the first <c>/quote</c>.
/// </summary>
internal sealed partial class QuoteCollectionStartupCheck(QuoteLibrary library, IOptions<QuotesOptions> options, ILogger<QuoteCollectionStartupCheck> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoaded(logger, library.All.Count, library.Speakers.Count, options.Value.Path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {QuoteCount} quotes from {SpeakerCount} speakers ({QuotesPath})")]
    private static partial void LogLoaded(ILogger logger, int quoteCount, int speakerCount, string quotesPath);
}
