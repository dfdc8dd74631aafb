using System.Globalization;
using System.Text.Json.Serialization;

namespace FandomBot.Discord.Models;

/// <summary>
/// A Discord id: a 64-bit number that Discord sends as a JSON string (and which we also accept as a JSON number).
/// Its top 42 bits are milliseconds since the Discord epoch (2015-01-01), so every id carries its creation time.
/// </summary>
/// <param name="Value">The raw 64-bit id.</param>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value) : IComparable<Snowflake>
{
    /// <summary>The first instant of 2015 UTC, from which Discord counts snowflake time.</summary>
    public static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the object with this id was created.</summary>
    public DateTimeOffset Timestamp => DiscordEpoch.AddMilliseconds(Value >> 22);

    /// <summary>Parses a decimal id; <see langword="false"/> when the text is not one.</summary>
    public static bool TryParse(string? text, out Snowflake snowflake)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        snowflake = new Snowflake(value);
        return ok;
    }

    /// <summary>Parses a decimal id.</summary>
    /// <exception cref="FormatException">The text is not a decimal 64-bit unsigned number.</exception>
    public static Snowflake Parse(string text) =>
        TryParse(text, out var snowflake) ? snowflake : throw new FormatException($"'{text}' is not a Discord snowflake.");

    /// <inheritdoc />
    public int CompareTo(Snowflake other) => Value.CompareTo(other.Value);

    /// <summary>The decimal form Discord uses on the wire and in URLs.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Orders snowflakes (and so creation times).</summary>
    public static bool operator <(Snowflake left, Snowflake right) => left.Value < right.Value;

    /// <summary>Orders snowflakes (and so creation times).</summary>
    public static bool operator >(Snowflake left, Snowflake right) => left.Value > right.Value;

    /// <summary>Orders snowflakes (and so creation times).</summary>
    public static bool operator <=(Snowflake left, Snowflake right) => left.Value <= right.Value;

    /// <summary>Orders snowflakes (and so creation times).</summary>
    public static bool operator >=(Snowflake left, Snowflake right) => left.Value >= right.Value;
}
