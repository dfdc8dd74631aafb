using FandomBot.Discord;
using FandomBot.Hosting.Logging;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

using Xunit;

namespace FandomBot.Tests.Hosting;

public sealed class TokenRedactionTests
{
    private const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gx1a2b.super-secret-token-text";

    [Fact]
    public void Logging_the_options_at_debug_never_writes_the_token_in_text_or_json()
    {
        var sink = new RenderingSink();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Debug" })
            .Build();
        var options = new DiscordClientOptions { Token = Token, ShardCount = 2 };

        using (var logger = LoggingServiceCollectionExtensions
            .Configure(new LoggerConfiguration(), configuration, new LoggingOptions { Console = "off" }, new SecretScrubbingEnricher([Token]))
            .WriteTo.Sink(sink)
            .CreateLogger())
        {
            logger.Debug("Discord options {@Options}", options);
            logger.Debug("Discord options {Options}", options);
            logger.Debug("A careless call with the token itself: {Token}", Token);
            logger.Debug("Nested {@Values}", new { Headers = new[] { "Bot " + Token } });
        }

        Assert.Equal(4, sink.Events);
        Assert.Contains("ShardCount", sink.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, sink.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, sink.Json, StringComparison.Ordinal);
        Assert.Contains("(redacted)", sink.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Exception_text_and_interaction_tokens_in_urls_are_masked_at_every_level(string format)
    {
        const string interactionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA";
        var formatter = LoggingServiceCollectionExtensions.ConsoleFormatter(format, new SecretScrubbingEnricher([Token]));
        var output = new StringWriter();
        using (var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(new FormattingSink(formatter, output)).CreateLogger())
        {
            var failure = new HttpRequestException(
                $"POST https://discord.com/api/v10/interactions/1234/{interactionToken}/callback failed with Bot {Token}",
                new InvalidOperationException($"inner: {Token}"));
            logger.Error(failure, "Answering interaction {InteractionId} failed", 1234);
            logger.Verbose("Sending PATCH {Path}", $"/webhooks/100000000000000002/{interactionToken}/messages/@original");
            logger.Debug("Raw path {Path}", $"/interactions/1234/{interactionToken}/callback");
        }

        var text = output.ToString();
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(interactionToken, text, StringComparison.Ordinal);
        Assert.Contains("/interactions/1234/***/callback", text, StringComparison.Ordinal);
        Assert.Contains("/webhooks/100000000000000002/***/messages", text, StringComparison.Ordinal);
        Assert.Contains("inner: ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_error_is_scrubbed_line_by_line()
    {
        var inner = new StringWriter();
        using (var error = new ScrubbingTextWriter(inner, new SecretScrubbingEnricher([Token])))
        {
            error.Write("half of a line with ");
            error.WriteLine(Token);
            error.WriteLine("/interactions/99/abcdefghijklmnop/callback");
        }

        Assert.Equal($"half of a line with ***{Environment.NewLine}/interactions/99/***/callback{Environment.NewLine}", inner.ToString());
    }

    [Fact]
    public void Options_to_string_redacts_the_token()
    {
        var text = new DiscordClientOptions { Token = Token }.ToString();

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("(redacted)", text, StringComparison.Ordinal);
    }

    private sealed class FormattingSink(Serilog.Formatting.ITextFormatter formatter, TextWriter output) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => formatter.Format(logEvent, output);
    }

    private sealed class RenderingSink : ILogEventSink
    {
        private readonly StringWriter _text = new();
        private readonly StringWriter _json = new();
        private readonly MessageTemplateTextFormatter _textFormatter = new("{Message:lj} {Properties:j}{NewLine}", System.Globalization.CultureInfo.InvariantCulture);
        private readonly CompactJsonFormatter _jsonFormatter = new();

        public int Events { get; private set; }

        public string Text => _text.ToString();

        public string Json => _json.ToString();

        public void Emit(LogEvent logEvent)
        {
            Events++;
            _textFormatter.Format(logEvent, _text);
            _jsonFormatter.Format(logEvent, _json);
        }
    }
}
