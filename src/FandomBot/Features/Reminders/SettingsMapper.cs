using FandomBot.Core.Reminders;
using FandomBot.Storage;
using CoreDelivery = FandomBot.Core.Reminders.ReminderDelivery;
using CoreScope = FandomBot.Core.Reminders.ReminderScope;
using StoredDelivery = FandomBot.Storage.ReminderDelivery;
using StoredScope = FandomBot.Storage.ReminderScope;

namespace FandomBot.Features.Reminders;

/// <summary>The one place where the store's settings become Core's <see cref="ReminderSettings"/>.</summary>
internal static class SettingsMapper
{
    public static ReminderSettings ToReminderSettings(this GuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ReminderSettings
        {
            Enabled = settings.RemindersEnabled,
            Scope = settings.Scope switch
            {
                StoredScope.All => CoreScope.All,
                StoredScope.Listed => CoreScope.Listed,
                _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Scope, "Unknown reminder scope."),
            },

            // The store's immutable sets are read-only sets already: no copy per message.
            ListedChannels = settings.ListedChannelIds,
            Delivery = settings.Delivery switch
            {
                StoredDelivery.Reply => CoreDelivery.Reply,
                StoredDelivery.DirectMessage => CoreDelivery.DirectMessage,
                StoredDelivery.LogOnly => CoreDelivery.LogOnly,
                _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Delivery, "Unknown reminder delivery."),
            },
            Cooldown = TimeSpan.FromMinutes(settings.CooldownMinutes),
            LogChannel = settings.ModLogChannelId,
            ExemptRoles = settings.ExemptRoleIds,
        };
    }
}
