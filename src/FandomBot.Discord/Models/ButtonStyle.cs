namespace FandomBot.Discord.Models;

/// <summary>How a button looks; <see cref="Link"/> buttons open a URL instead of sending an interaction.</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,

    /// <summary>Grey.</summary>
    Secondary = 2,

    /// <summary>Green.</summary>
    Success = 3,

    /// <summary>Red.</summary>
    Danger = 4,

    /// <summary>Grey, opens <see cref="Button.Url"/>; has no custom id.</summary>
    Link = 5,
}
