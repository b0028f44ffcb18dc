using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A periodic report incorporated by reference with the end of the period it covers and the day it was filed:
/// "our Quarterly Report on Form 10-Q for the quarter ended June 30, 2025, filed with the SEC on August 8, 2025". A
/// list ("for the quarters ended March 31 and June 30, 2025, filed on May 9 and August 8, 2025") gives one for each
/// pair. A report covers a period that has ended, so <see cref="DaysAfterPeriod"/> is positive.
/// </summary>
public sealed record IncorporatedReport(string Form, DateFact PeriodEnd, DateFact Filed, SourceSpan Span) : IFact
{
    /// <summary>Days from the period's end to the filing; null when either date is not a real date.</summary>
    public int? DaysAfterPeriod => PeriodEnd.Value is { } p && Filed.Value is { } f ? f.DayNumber - p.DayNumber : null;
}
