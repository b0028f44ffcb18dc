using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// An exhibit list's entry incorporated from a current report: "Guarantee, dated as of October 14, 2025 (incorporated by
/// reference to Exhibit 10.7 of the Current Report on Form 8-K filed on October 17, 2025)". A Form 8-K is filed within
/// days of the agreements it reports, so <see cref="DaysBeforeFiling"/> is small, and never negative.
/// </summary>
public sealed record IncorporatedDocument(DateFact Dated, DateFact Filed, SourceSpan Span) : IFact
{
    /// <summary>Days from the document's date to the report's filing; null when either date is not a real date.</summary>
    public int? DaysBeforeFiling => Dated.Value is { } d && Filed.Value is { } f ? f.DayNumber - d.DayNumber : null;
}
