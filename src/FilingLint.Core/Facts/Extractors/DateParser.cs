using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>Finds and parses dates as filings write them: "August 11, 2020", "Aug. 11, 2020", "11 August 2020", with an optional weekday.</summary>
internal static partial class DateParser
{
    private const string Month = @"(?<mon>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    [GeneratedRegex(@"(?:\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b|\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?" + Month + @",?\s+(?<year>(?:19|20)\d{2})\b)")]
    internal static partial Regex DatePattern();

    private static readonly string[] MonthNames =
        { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <summary>Null when the text names a day the month does not have.</summary>
    public static DateOnly? Parse(Match m)
    {
        string mon = m.Groups["mon"].Value.ToLowerInvariant();
        int month = Array.FindIndex(MonthNames, n => mon.StartsWith(n, StringComparison.Ordinal)) + 1;
        int day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (month < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>Parses a whole string that is a date, or returns null.</summary>
    public static DateOnly? ParseText(string text)
    {
        var m = DatePattern().Match(text);
        return m.Success ? Parse(m) : null;
    }
}
