using FandomBot.Hosting;
using FandomBot.Hosting.Logging;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Xunit;

namespace FandomBot.Tests.Hosting;

public sealed class LogLevelSettingsTests
{
    [Fact]
    public void Default_and_overrides_are_read_in_Serilogs_usual_shape()
    {
        using var logger = Build(new()
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:FandomBot.Noisy"] = "Error",
            ["Serilog:MinimumLevel:Override:FandomBot.Chatty"] = "debug",
        });

        Assert.False(logger.IsEnabled(LogEventLevel.Information));
        Assert.True(logger.IsEnabled(LogEventLevel.Warning));
        Assert.False(logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "FandomBot.Noisy.Part").IsEnabled(LogEventLevel.Warning));
        Assert.True(logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "FandomBot.Chatty").IsEnabled(LogEventLevel.Debug));
    }

    [Fact]
    public void A_plain_level_is_the_default()
    {
        using var logger = Build(new() { ["Serilog:MinimumLevel"] = "Debug" });

        Assert.True(logger.IsEnabled(LogEventLevel.Debug));
        Assert.False(logger.IsEnabled(LogEventLevel.Verbose));
    }

    [Theory]
    [InlineData("Serilog:MinimumLevel:Default", "Loud")]
    [InlineData("Serilog:MinimumLevel:Default", "7")]
    [InlineData("Serilog:MinimumLevel:Override:System", "quiet")]
    public void A_value_that_is_not_a_level_names_its_key(string key, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => Build(new() { [key] = value }));

        Assert.StartsWith($"{key}: '{value}' is not a log level", error.Message, StringComparison.Ordinal);
    }

    private static Serilog.Core.Logger Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return LogLevelSettings.Apply(new LoggerConfiguration(), configuration).CreateLogger();
    }
}
