namespace FilingLint.Facts;

/// <summary>
/// The days U.S. stock exchanges (NYSE, Nasdaq) are closed: weekends, the holidays of NYSE Rule 7.2 with their observed
/// days, and the unscheduled closings since 2001. A closing or last reported sale price cannot be of such a day.
/// </summary>
public static class MarketCalendar
{
    private static readonly Dictionary<DateOnly, string> Unscheduled = new()
    {
        [new DateOnly(2001, 9, 11)] = "closed after the September 11 attacks",
        [new DateOnly(2001, 9, 12)] = "closed after the September 11 attacks",
        [new DateOnly(2001, 9, 13)] = "closed after the September 11 attacks",
        [new DateOnly(2001, 9, 14)] = "closed after the September 11 attacks",
        [new DateOnly(2004, 6, 11)] = "a national day of mourning for President Reagan",
        [new DateOnly(2007, 1, 2)] = "a national day of mourning for President Ford",
        [new DateOnly(2012, 10, 29)] = "closed for Hurricane Sandy",
        [new DateOnly(2012, 10, 30)] = "closed for Hurricane Sandy",
        [new DateOnly(2018, 12, 5)] = "a national day of mourning for President George H. W. Bush",
        [new DateOnly(2025, 1, 9)] = "a national day of mourning for President Carter",
    };

    /// <summary>Why the exchanges were closed that day ("a Saturday", "Thanksgiving Day"), or null on a trading day.</summary>
    public static string? ClosedBecause(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return "a " + date.DayOfWeek;
        if (Unscheduled.TryGetValue(date, out var why)) return why;
        int y = date.Year;
        if (date == Observed(new DateOnly(y, 1, 1), saturdayToFriday: false)) return "New Year's Day";
        if (y >= 1998 && date == Nth(y, 1, DayOfWeek.Monday, 3)) return "Martin Luther King, Jr. Day";
        if (date == Nth(y, 2, DayOfWeek.Monday, 3)) return "Washington's Birthday";
        if (date == Easter(y).AddDays(-2)) return "Good Friday";
        if (date == Last(y, 5, DayOfWeek.Monday)) return "Memorial Day";
        if (y >= 2022 && date == Observed(new DateOnly(y, 6, 19), saturdayToFriday: true)) return "Juneteenth";
        if (date == Observed(new DateOnly(y, 7, 4), saturdayToFriday: true)) return "Independence Day";
        if (date == Nth(y, 9, DayOfWeek.Monday, 1)) return "Labor Day";
        if (date == Nth(y, 11, DayOfWeek.Thursday, 4)) return "Thanksgiving Day";
        if (date == Observed(new DateOnly(y, 12, 25), saturdayToFriday: true)) return "Christmas Day";
        return null;
    }

    /// <summary>
    /// A holiday on a Sunday is observed on the Monday; on a Saturday, on the Friday before, except New Year's Day,
    /// whose Friday would fall in the old year and the close of its books.
    /// </summary>
    private static DateOnly Observed(DateOnly day, bool saturdayToFriday) => day.DayOfWeek switch
    {
        DayOfWeek.Sunday => day.AddDays(1),
        DayOfWeek.Saturday when saturdayToFriday => day.AddDays(-1),
        _ => day,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
