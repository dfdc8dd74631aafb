using FandomBot.Core.DataFiles;
using FandomBot.Core.Quotes;
using FandomBot.Features.Quotes;
using FandomBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace FandomBot.Tests.Quotes;

/// <summary><c>AddQuotes</c>: the host loads and checks the collection before it starts, not at the first /quote.</summary>
public sealed class QuotesServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Loads_the_shipped_collection_at_start_up()
    {
        using var host = BuildHost(QuotesOptions.DefaultPath);

        await BotHost.ValidateAsync(host, TestContext.Current.CancellationToken);

        var library = host.Services.GetRequiredService<QuoteLibrary>();
        Assert.True(library.All.Count >= 12);
        Assert.Contains(library.ByTopic("speculation"), quote => quote.Speaker == "Alice Oseman");
    }

    [Fact]
    public async Task Stops_start_up_with_the_data_file_error_for_a_bad_file()
    {
        using var file = new TemporaryQuoteFile(TemporaryQuoteFile.OneRecord("bad-date", "fine text").Replace("2022-10-31", "31 Oct 2022", StringComparison.Ordinal));
        using var host = BuildHost(file.Path);

        var error = await Assert.ThrowsAsync<DataFileException>(() => BotHost.ValidateAsync(host, TestContext.Current.CancellationToken));

        Assert.Equal($"{file.Path}: record 'bad-date': field 'said_on': '31 Oct 2022' is not a date: write yyyy-MM-dd, or yyyy-MM when only the month is known", error.Message);
    }

    [Fact]
    public async Task Stops_start_up_naming_the_key_when_the_path_is_empty()
    {
        using var host = BuildHost(string.Empty);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.ValidateAsync(host, TestContext.Current.CancellationToken));

        Assert.Contains("Quotes:Path: is empty", error.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(string quotesPath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Quotes:Path", quotesPath)]);
        builder.Services.AddLogging();
        builder.Services.AddQuotes(builder.Configuration);
        return builder.Build();
    }
}
