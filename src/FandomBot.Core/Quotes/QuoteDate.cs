using System.Globalization;

namespace FandomBot.Core.Quotes;

/// <summary>
/// When a quote was said: a calendar day, or only a month when the sources give no day (an interview published
/// "in July 2023"). Written <c>yyyy-MM-dd</c> or <c>yyyy-MM</c> in the data file.
/// </summary>
public readonly record struct QuoteDate : IComparable<QuoteDate>
{
    private QuoteDate(int year, int month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The day of the month, or null when only the month is known.</summary>
    public int? Day { get; }

    /// <summary>A date known to the day.</summary>
    public static QuoteDate OnDay(int year, int month, int day)
    {
        _ = new DateOnly(year, month, day); // throws for an impossible date
        return new QuoteDate(year, month, day);
    }

    /// <summary>A date known only to the month.</summary>
    public static QuoteDate InMonth(int year, int month)
    {
        _ = new DateOnly(year, month, 1); // throws for an impossible month
        return new QuoteDate(year, month, null);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM</c>; false for anything else, including impossible dates.</summary>
    public static bool TryParse(string? text, out QuoteDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new QuoteDate(day.Year, day.Month, day.Day);
            return true;
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = new QuoteDate(month.Year, month.Month, null);
            return true;
        }

        return false;
    }

    /// <summary>The data-file form: <c>2022-10-31</c> or <c>2022-05</c>.</summary>
    public override string ToString() =>
        Day is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>A reader's form in English: <c>31 Oct 2022</c> or <c>May 2022</c>.</summary>
    public string ToDisplayString()
    {
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(Month);
        return Day is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{day} {month} {Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{month} {Year}");
    }

    /// <summary>Chronological; a month-only date sorts before the days of that month.</summary>
    public int CompareTo(QuoteDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = Month.CompareTo(other.Month);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(QuoteDate left, QuoteDate right) => left.CompareTo(right) < 0;

    public static bool operator >(QuoteDate left, QuoteDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(QuoteDate left, QuoteDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(QuoteDate left, QuoteDate right) => left.CompareTo(right) >= 0;
}
