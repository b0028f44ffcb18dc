using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A date as written. <see cref="Value"/> is null when the date does not exist ("September 31, 2022");
/// such dates are kept so a rule can flag them.
/// </summary>
public sealed record DateFact(string Text, DateOnly? Value, DateRole Role, string? Subject, string? Weekday, SourceSpan Span) : IFact
{
    public bool IsValid => Value is not null;

    /// <summary>False when a weekday is written and the date falls on another day.</summary>
    public bool WeekdayMatches => Weekday is null || Value is null ||
        string.Equals(Value.Value.DayOfWeek.ToString(), Weekday, StringComparison.OrdinalIgnoreCase);

    /// <summary>The weekday the date actually falls on, or null when it does not exist.</summary>
    public string? ActualWeekday => Value?.DayOfWeek.ToString();

    /// <summary>Why U.S. stock exchanges were closed that day ("a Saturday", "Thanksgiving Day"), or null on a trading day or an invalid date.</summary>
    public string? MarketClosed => Value is { } v ? MarketCalendar.ClosedBecause(v) : null;

    /// <summary>
    /// How the date is mistyped, or null when it is written as a date should be: the month misspelt ("Feburary 9,
    /// 2025"), the comma before the year missing ("June 30 2025") or the space after it ("June 18,2023").
    /// </summary>
    public string? Slip { get; init; }

    /// <summary>The date as it should be written, when it has a <see cref="Slip"/>; otherwise null.</summary>
    public string? Correct { get; init; }
}
