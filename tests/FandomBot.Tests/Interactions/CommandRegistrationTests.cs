using System.Text.Json.Nodes;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Interactions;
using FandomBot.Hosting;
using FandomBot.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Xunit;

namespace FandomBot.Tests.Interactions;

public sealed class CommandRegistrationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Registers_the_whole_catalogue_globally_with_the_application_id_from_ready()
    {
        await using var bot = await BotTestHost.StartAsync();

        var request = await bot.Discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, Patience, TestContext.Current.CancellationToken);

        Assert.Equal($"/api/v10/applications/{bot.Discord.Gateway.ApplicationId}/commands", request.Path);
        var commands = Assert.IsType<JsonArray>(request.Body);
        Assert.Equal(["quote", "sources", "reminder", "reminders", "people"], commands.Select(c => c!["name"]!.GetValue<string>()));
        var reminders = commands.Single(c => c!["name"]!.GetValue<string>() == "reminders")!;
        Assert.Equal("32", reminders["default_member_permissions"]!.ToJsonString().Trim('"'));
        Assert.Equal("recordatorios", reminders["name_localizations"]!["es-ES"]!.GetValue<string>());
        Assert.Empty(bot.Discord.Rest.RequestsTo(FakeRoutes.BulkOverwriteGuildCommands));
        Assert.Empty(bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task Registers_to_one_guild_when_CommandGuildId_is_set()
    {
        const ulong guild = 123UL << 22;
        await using var bot = await BotTestHost.StartAsync(overrides: [$"--Discord:CommandGuildId={guild}"]);

        var request = await bot.Discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.BulkOverwriteGuildCommands, Patience, TestContext.Current.CancellationToken);

        Assert.Equal($"/api/v10/applications/{bot.Discord.Gateway.ApplicationId}/guilds/{guild}/commands", request.Path);
        Assert.Equal(bot.Get<SlashCommandCatalog>().All.Count, Assert.IsType<JsonArray>(request.Body).Count);
        Assert.Empty(bot.Discord.Rest.RequestsTo(FakeRoutes.BulkOverwriteGlobalCommands));
        Assert.Empty(bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task Registers_once_per_process_not_once_per_shard()
    {
        await using var bot = await BotTestHost.StartAsync(overrides: ["--Discord:ShardCount=2"]);
        await bot.Discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, Patience, TestContext.Current.CancellationToken);

        // Both shards are READY by now (the harness waits for every shard); give a second registration its chance.
        await bot.Get<FandomBot.Gateway.InFlightWork>().DrainAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, bot.Discord.Gateway.Identifies.Count);
        Assert.Single(bot.Discord.Rest.RequestsTo(FakeRoutes.BulkOverwriteGlobalCommands));
    }

    [Fact]
    public async Task A_refused_registration_is_tried_again_on_the_next_ready()
    {
        var ct = TestContext.Current.CancellationToken;
        var discord = await FandomBot.Discord.Fake.FakeDiscordServer.StartAsync(cancellationToken: ct);
        discord.Rest.Script(FakeRoutes.BulkOverwriteGlobalCommands, FakeResponse.Error(400, 50035, "Invalid Form Body"));
        await using var bot = await BotTestHost.StartAsync(discord: discord);
        await discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, Patience, ct);

        await discord.Gateway.SendInvalidSessionAsync(0, resumable: false);
        await discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands && r != discord.Rest.RequestsTo(FakeRoutes.BulkOverwriteGlobalCommands)[0], Patience, ct);

        Assert.Equal(2, discord.Gateway.Identifies.Count);
        Assert.Equal(2, discord.Rest.RequestsTo(FakeRoutes.BulkOverwriteGlobalCommands).Count);
    }

    [Fact]
    public async Task Registers_the_catalogue_after_a_restart_that_resumed_its_session_instead_of_identifying()
    {
        var ct = TestContext.Current.CancellationToken;
        var discord = await FandomBot.Discord.Fake.FakeDiscordServer.StartAsync(cancellationToken: ct);
        var folder = Directory.CreateTempSubdirectory("fandombot-test-").FullName;
        var first = await BotTestHost.StartAsync(discord: discord, folder: folder);
        await discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands, Patience, ct);

        // A restart (the host stops and hands its session over) without losing the fake Discord or the folder.
        await first.Host.StopAsync(ct);
        first.Host.Dispose();
        await using var restarted = await BotTestHost.StartAsync(discord: discord, folder: folder);

        // RESUMED, unlike READY, carries no application id: the registrar asks for it.
        var again = await discord.Rest.WaitForRequestAsync(
            r => r.Route == FakeRoutes.BulkOverwriteGlobalCommands && r != discord.Rest.RequestsTo(FakeRoutes.BulkOverwriteGlobalCommands)[0], Patience, ct);
        Assert.Single(discord.Gateway.Identifies);
        Assert.Single(discord.Gateway.Resumes);
        Assert.NotEmpty(discord.Rest.RequestsTo(FakeRoutes.GetCurrentApplication));
        Assert.Equal($"/api/v10/applications/{discord.Rest.ApplicationId}/commands", again.Path);
    }

    [Theory]
    [InlineData("not-a-guild")]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task A_command_guild_id_that_is_not_an_id_fails_at_start_naming_the_key(string value)
    {
        using var error = new StringWriter();
        var host = BotHost.Build([$"--Discord:Token={BotTestHost.Token}", $"--Discord:CommandGuildId={value}", "--Logging:Console=off"], error, new ConfigurationManager());
        Assert.NotNull(host);
        using (host)
        {
            var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.ValidateAsync(host, TestContext.Current.CancellationToken));
            Assert.Contains("Discord:CommandGuildId", failure.Message, StringComparison.Ordinal);
        }
    }
}
