namespace FandomBot.Discord.Rest;

/// <summary>What <see cref="RestResendRule"/> decides after a failed attempt.</summary>
internal enum ResendVerdict
{
    /// <summary>Send it again after the wait.</summary>
    Resend,

    /// <summary>It took effect after all: report success, send nothing more.</summary>
    Landed,

    /// <summary>Stop and report the failure.</summary>
    GiveUp,
}
