using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Finds and parses dates as filings write them: "August 11, 2020", "Aug. 11, 2020", "11 August 2020", with an optional
/// weekday; and as they are mistyped: a month misspelt ("Feburary 9, 2025"), the comma or the space before the year left
/// out ("June 30 2025", "June 18,2023"). A mistyped date is still a date, for every date rule, and says how it slipped.
/// </summary>
internal static partial class DateParser
{
    private const string Month = @"(?<mon>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    // The separator before a month-first date's year is its own group, so its comma and space can be checked.
    [GeneratedRegex(@"(?:\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?<sep>,\s*|\s+)(?<year>(?:19|20)\d{2})\b|\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?" + Month + @",?\s+(?<year>(?:19|20)\d{2})\b)")]
    internal static partial Regex DatePattern();

    /// <summary>
    /// A capitalised word in a month's place: a month misspelt if it is one edit from a month's name. It starts at the
    /// capital, so the scan skips from capital to capital (a weekday before a misspelt month is not kept).
    /// </summary>
    [GeneratedRegex(@"\b(?<mon>[A-Z][a-z]{3,9}|[A-Z]{4,10})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?<sep>,\s*|\s+)(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthLikePattern();

    private static readonly string[] MonthNames =
        { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    internal static readonly string[] FullMonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] LowerMonthNames = Array.ConvertAll(FullMonthNames, n => n.ToLowerInvariant());

    /// <summary>Null when the text names a day the month does not have.</summary>
    public static DateOnly? Parse(Match m) => Parse(MonthNumber(m.Groups["mon"].Value), m);

    private static DateOnly? Parse(int month, Match m)
    {
        int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static int MonthNumber(string written)
    {
        string mon = written.ToLowerInvariant();
        return Array.FindIndex(MonthNames, n => mon.StartsWith(n, StringComparison.Ordinal)) + 1;
    }

    /// <summary>Parses a whole string that is a date, or returns null.</summary>
    public static DateOnly? ParseText(string text)
    {
        var m = DatePattern().Match(text);
        return m.Success ? Parse(m) : null;
    }

    /// <summary>Every date in the text, well written or mistyped, in text order.</summary>
    public static List<WrittenDate> Find(string text)
    {
        var dates = new List<WrittenDate>();
        foreach (Match m in DatePattern().Matches(text))
            dates.Add(Written(m, MonthNumber(m.Groups["mon"].Value), misspelt: false));
        int known = dates.Count;
        foreach (Match m in MonthLikePattern().Matches(text))
        {
            string word = m.Groups["mon"].Value;
            if (MisspeltMonth(word) is not { } month) continue;
            dates.Add(Written(m, month, misspelt: true));
        }
        if (dates.Count > known) dates.Sort((a, b) => a.Index.CompareTo(b.Index));
        return dates;
    }

    private static WrittenDate Written(Match m, int month, bool misspelt)
    {
        var mon = m.Groups["mon"];
        var sep = m.Groups["sep"];
        string? weekday = m.Groups["wd"].Success ? m.Groups["wd"].Value : null;
        string? slip = null;
        string? correct = null;
        // A separator across a line break is layout (a table's "June 30" over "2025"), not prose to correct.
        bool layout = sep.Success && sep.Value.Contains('\n');
        if (misspelt) slip = $"“{mon.Value}” is not the name of a month";
        else if (sep.Success && !layout && !sep.Value.StartsWith(',')) slip = "the comma before the year is missing";
        else if (sep.Success && !layout && sep.Value == ",") slip = "the space after the comma is missing";
        if (slip is not null)
        {
            string monthName = misspelt ? FullMonthNames[month - 1] : mon.Value;
            if (misspelt && mon.Value.All(char.IsUpper)) monthName = monthName.ToUpperInvariant();
            int dayEnd = sep.Success ? sep.Index : m.Groups["year"].Index;
            string day = m.Value[(m.Groups["day"].Index - m.Index)..(dayEnd - m.Index)];
            correct = $"{(weekday is null ? "" : weekday + ", ")}{monthName} {day}, {m.Groups["year"].Value}";
        }
        return new WrittenDate(m.Index, m.Length, m.Value, Parse(month, m), weekday, slip, correct);
    }

    /// <summary>
    /// The month a capitalised word misspells: one edit (a letter added, dropped, changed, or two swapped) from a month's
    /// full name, with its first letter right, as typing slips are ("Feburary", "Mach", "Septmber", "Novmber").
    /// </summary>
    internal static int? MisspeltMonth(string word)
    {
        string w = word.ToLowerInvariant();
        // The pattern's own spellings: every full name, and "Sept" (the other abbreviations are shorter than a candidate).
        if (w == "sept" || Array.IndexOf(LowerMonthNames, w) >= 0) return null;
        for (int i = 0; i < 12; i++)
            if (LowerMonthNames[i][0] == w[0] && Spelling.OneEditApart(w, LowerMonthNames[i])) return i + 1;
        return null;
    }
}

/// <summary>A date as the text writes it; <see cref="Slip"/> and <see cref="Correct"/> are set when it is mistyped.</summary>
internal readonly record struct WrittenDate(int Index, int Length, string Text, DateOnly? Value, string? Weekday, string? Slip, string? Correct);
