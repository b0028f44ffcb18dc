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
}
