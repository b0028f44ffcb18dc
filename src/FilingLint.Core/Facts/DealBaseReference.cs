namespace FilingLint.Facts;

/// <summary>
/// A supplement's “(To Prospectus dated …)”: the base prospectus it says it supplements, under the registration
/// statement it names (its own “Registration No. 333-…”, else the EDGAR header's file number). <see cref="ExpectedDate"/>
/// is that base prospectus's date as the deal's other documents of the same registration statement give it: a reprint
/// of the base's own date line first, else the date most of their supplements cite.
/// </summary>
public sealed record DealBaseReference(int Document, string? Registration, DateOnly CitedDate, string CitedText, DealSpan At) : IDealFact
{
    public DateOnly? ExpectedDate { get; init; }
    public string? ExpectedText { get; init; }
    public DealSpan? ExpectedAt { get; init; }
}
