using System.Text;
using FandomBot.Core.DataFiles;
using FandomBot.Core.Reminders;
using FandomBot.Replay;
using Xunit;

namespace FandomBot.Tests.Replay;

public sealed class ReplaySettingsFileTests
{
    private static ReplaySettings Parse(string json) => ReplaySettingsFile.Parse(Encoding.UTF8.GetBytes(json), "settings.json");

    [Fact]
    public void Reads_every_stored_setting_with_ids_as_strings_or_numbers()
    {
        var settings = Parse("""
            {
              "remindersEnabled": false,
              "scope": "listed",
              "listedChannelIds": ["1100000000000000001", 1100000000000000002],
              "delivery": "directMessage",
              "cooldownMinutes": 0,
              "modLogChannelId": "1100000000000000009",
              "exemptRoleIds": ["1200000000000000001"],
              "disabledPackIds": ["bts", "Heartstopper"]
            }
            """);

        var r = settings.Reminders;
        Assert.False(r.Enabled);
        Assert.Equal(ReminderScope.Listed, r.Scope);
        Assert.Equal([1100000000000000001UL, 1100000000000000002UL], r.ListedChannels.Order());
        Assert.Equal(ReminderDelivery.DirectMessage, r.Delivery);
        Assert.Equal(TimeSpan.Zero, r.Cooldown);
        Assert.Equal(1100000000000000009UL, r.LogChannel);
        Assert.Equal([1200000000000000001UL], r.ExemptRoles);
        Assert.True(settings.DisabledPacks.Contains("heartstopper"));
        Assert.Equal("settings.json", settings.Source);
    }

    [Fact]
    public void An_empty_object_is_the_defaults_of_a_new_server()
    {
        var settings = Parse("{}");

        Assert.True(settings.Reminders.Enabled);
        Assert.Equal(ReminderScope.All, settings.Reminders.Scope);
        Assert.Equal(ReminderDelivery.Reply, settings.Reminders.Delivery);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.Reminders.Cooldown);
        Assert.Empty(settings.Reminders.ExemptRoles);
        Assert.Empty(settings.DisabledPacks);
    }

    [Theory]
    [InlineData("""{ "scope": "some" }""", "field 'scope'")]
    [InlineData("""{ "delivery": "carrier pigeon" }""", "field 'delivery'")]
    [InlineData("""{ "cooldownMinutes": -1 }""", "field 'cooldownMinutes'")]
    [InlineData("""{ "exemptRoleIds": ["mods"] }""", "field 'exemptRoleIds': must hold Discord ids")]
    [InlineData("""{ "remindersEnabled": "yes" }""", "field 'remindersEnabled': must be true or false")]
    [InlineData("""[]""", "must be a JSON object")]
    [InlineData("""{ "scope": """, "settings.json: line 1")]
    public void A_wrong_value_names_the_file_and_the_field(string json, string expected)
    {
        var error = Assert.Throws<DataFileException>(() => Parse(json));

        Assert.StartsWith("settings.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
