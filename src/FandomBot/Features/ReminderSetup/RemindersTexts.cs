using FandomBot.Localization;

namespace FandomBot.Features.ReminderSetup;

/// <summary>What <c>/reminders</c> answers, in the interaction's language.</summary>
internal static class RemindersTexts
{
    public static readonly TextKey StatusTitle = new("reminders.status-title");
    public static readonly TextKey StatusEnabled = new("reminders.status-enabled");
    public static readonly TextKey StatusScope = new("reminders.status-scope");
    public static readonly TextKey StatusChannels = new("reminders.status-channels");
    public static readonly TextKey StatusDelivery = new("reminders.status-delivery");
    public static readonly TextKey StatusCooldown = new("reminders.status-cooldown");
    public static readonly TextKey StatusLog = new("reminders.status-log");
    public static readonly TextKey StatusRoles = new("reminders.status-roles");
    public static readonly TextKey StatusCounts = new("reminders.status-counts");
    public static readonly TextKey ScopeAll = new("reminders.scope-all");
    public static readonly TextKey ScopeListed = new("reminders.scope-listed");
    public static readonly TextKey DeliveryReply = new("reminders.delivery-reply");
    public static readonly TextKey DeliveryDm = new("reminders.delivery-dm");
    public static readonly TextKey DeliveryLogOnly = new("reminders.delivery-log-only");
    public static readonly TextKey TurnedOn = new("reminders.turned-on");
    public static readonly TextKey TurnedOff = new("reminders.turned-off");
    public static readonly TextKey ChannelAdded = new("reminders.channel-added");
    public static readonly TextKey ChannelAddedScopeAll = new("reminders.channel-added-scope-all");
    public static readonly TextKey ChannelRemoved = new("reminders.channel-removed");
    public static readonly TextKey ChannelNotListed = new("reminders.channel-not-listed");
    public static readonly TextKey ChannelsHeader = new("reminders.channels-header");
    public static readonly TextKey NoChannels = new("reminders.no-channels");
    public static readonly TextKey WrongChannelType = new("reminders.wrong-channel-type");
    public static readonly TextKey WrongLogChannelType = new("reminders.wrong-log-channel-type");
    public static readonly TextKey ScopeSet = new("reminders.scope-set");
    public static readonly TextKey DeliverySet = new("reminders.delivery-set");
    public static readonly TextKey CooldownSet = new("reminders.cooldown-set");
    public static readonly TextKey CooldownOutOfRange = new("reminders.cooldown-out-of-range");
    public static readonly TextKey LogChannelSet = new("reminders.log-channel-set");
    public static readonly TextKey LogChannelOff = new("reminders.log-channel-off");
    public static readonly TextKey RoleAdded = new("reminders.role-added");
    public static readonly TextKey RoleRemoved = new("reminders.role-removed");
    public static readonly TextKey RoleNotExempt = new("reminders.role-not-exempt");
    public static readonly TextKey RolesHeader = new("reminders.roles-header");
    public static readonly TextKey NoRoles = new("reminders.no-roles");
    public static readonly TextKey TestRemind = new("reminders.test-remind");
    public static readonly TextKey TestQuiet = new("reminders.test-quiet");
    public static readonly TextKey TestPerson = new("reminders.test-person");
    public static readonly TextKey TestLanguage = new("reminders.test-language");
    public static readonly TextKey TestReasons = new("reminders.test-reasons");
    public static readonly TextKey TestNoReasons = new("reminders.test-no-reasons");
    public static readonly TextKey TestNote = new("reminders.test-note");
    public static readonly TextKey ForgetPrompt = new("reminders.forget-prompt");
    public static readonly TextKey ForgetConfirm = new("reminders.forget-confirm");
    public static readonly TextKey ForgetCancel = new("reminders.forget-cancel");
    public static readonly TextKey Forgotten = new("reminders.forgotten");
    public static readonly TextKey ForgetCancelled = new("reminders.forget-cancelled");
}
