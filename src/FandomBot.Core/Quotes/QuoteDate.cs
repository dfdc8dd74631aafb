using System.Globalization;

namespace FandomBot.Core.Quotes;

/// <summary>
/// When a quote was said: a calendar day, or only a month when the sources give no day (an interview published
/// "in July 2023"). Written <c>yyyy-MM-dd</c> or <c>yyyy-MM</c> in the data file, or with <c>by </c> before it when the
/// sources show only that the words existed by then (a comic panel first seen when fans reposted it): the bot then
/// says "by May 2022" rather than give the repost's date as the day the words were written.
/// </summary>
public readonly record struct QuoteDate : IComparable<QuoteDate>
{
    private const string ByPrefix = "by ";

    private QuoteDate(int year, int month, int? day, bool isLatest = false)
    {
        Year = year;
        Month = month;
        Day = day;
        IsLatest = isLatest;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The day of the month, or null when only the month is known.</summary>
    public int? Day { get; }

    /// <summary>True when the words were said at the latest on this date, not on it.</summary>
    public bool IsLatest { get; }

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

    /// <summary>The same date, read as "at the latest then".</summary>
    public QuoteDate AtLatest() => new(Year, Month, Day, isLatest: true);

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM</c>, either with <c>by </c> before it; false for anything else, including
    /// impossible dates.
    /// </summary>
    public static bool TryParse(string? text, out QuoteDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        if (text.StartsWith(ByPrefix, StringComparison.Ordinal))
        {
            if (!TryParse(text[ByPrefix.Length..], out var exact) || exact.IsLatest)
            {
                return false;
            }

            date = exact.AtLatest();
            return true;
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

    /// <summary>The data-file form: <c>2022-10-31</c>, <c>2022-05</c> or <c>by 2022-05</c>.</summary>
    public override string ToString()
    {
        var exact = Day is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
        return IsLatest ? ByPrefix + exact : exact;
    }

    /// <summary>A reader's form in English: <c>31 Oct 2022</c>, <c>May 2022</c> or <c>by May 2022</c>.</summary>
    public string ToDisplayString()
    {
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(Month);
        var exact = Day is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{day} {month} {Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{month} {Year}");
        return IsLatest ? ByPrefix + exact : exact;
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
