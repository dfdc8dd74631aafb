using FandomBot.Interactions;
using FandomBot.Core.Detection;
using FandomBot.Core.People;
using FandomBot.Features.Reminders;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Tests.Reminders;

public sealed class ReminderPartsTests
{
    [Fact]
    public void A_channel_that_refuses_is_warned_about_once_an_hour()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var warnings = new ChannelPermissionWarnings(time);

        Assert.True(warnings.ShouldWarn(1));
        Assert.False(warnings.ShouldWarn(1));
        Assert.True(warnings.ShouldWarn(2));
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(warnings.ShouldWarn(1));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(warnings.ShouldWarn(1));
        Assert.Equal(3, warnings.Warned);
    }

    [Fact]
    public void Permission_warnings_are_bounded_and_end_without_a_sweep()
    {
        var time = new FakeTimeProvider();
        var warnings = new ChannelPermissionWarnings(time, capacity: 100);
        for (ulong channel = 0; channel < 10_000; channel++)
        {
            Assert.True(warnings.ShouldWarn(channel));
        }

        Assert.Equal(100, warnings.Count);
        time.Advance(ChannelPermissionWarnings.Interval);
        Assert.True(warnings.ShouldWarn(1));
        Assert.Equal(1, warnings.Count);
    }

    [Fact]
    public void The_reasons_travel_in_the_button_as_kinds_and_come_back_as_plain_words()
    {
        DetectionReason[] reasons =
        [
            new(CueKind.Orientation, "gay", "puts an orientation or identity label on Joe Locke"),
            new(CueKind.Guess, "lowkey", "guessing"),
            new(CueKind.NoPerson, "x", "ignored: never a reason to remind"),
        ];

        var id = ReminderButtonId.Why("en", CueExplanations.Mask(reasons), "some-quote");
        Assert.True(ReminderButtonId.TryParseWhy(id, out _, out var mask, out var quoteId));

        Assert.Equal("some-quote", quoteId);
        Assert.Equal([CueExplanations.For(CueKind.Orientation)!, CueExplanations.For(CueKind.Guess)!], CueExplanations.FromMask(mask));
    }

    [Fact]
    public void The_mod_log_line_describes_an_unlisted_person_instead_of_repeating_words_from_the_message()
    {
        var verdict = new DetectionVerdict(
            true, 0.9, new DetectedPerson("Marlowe Fenwick", PersonKind.RealPerson), "en",
            [new(CueKind.UnlistedPerson, "marlowe fenwick", "\"marlowe fenwick\" is a real person in no pack"), new(CueKind.Certainty, "definitely", "certain")]);

        var line = ModLog.ReminderLine(5, 6, verdict, "reply", _ => false);
        var listed = ModLog.ReminderLine(5, 6, verdict, "reply", name => name == "Marlowe Fenwick");

        Assert.DoesNotContain("arlowe", line, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a real person in no list", line, StringComparison.Ordinal);
        Assert.Contains("Marlowe Fenwick", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("definitely", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_shown_without_markdown_or_mentions()
    {
        Assert.Equal("\\*\\*Bold\\*\\* @\u200Beveryone", DisplayText.Escape("**Bold** @everyone"));
    }
}
