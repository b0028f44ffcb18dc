namespace FilingLint.Findings;

/// <summary>One problem found in one file: what rule, how severe, where, and what to do about it.</summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    string Path,
    Location Location,
    string Excerpt,
    string? Suggestion)
{
    /// <summary>Offsets in the document's normalized text, for reports that show the filing itself.</summary>
    public Documents.SourceSpan Span { get; init; }

    /// <summary>
    /// True for a finding about the document as a whole (something absent, such as a missing legend): it is reported at
    /// the first paragraph only because it has no place of its own, so its identity must not depend on that paragraph.
    /// </summary>
    public bool DocumentLevel { get; init; }

    /// <summary>Other places the finding points at: for a deal rule, the statement in another document it disagrees with.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>Orders findings by file, position, then rule id, so every output is deterministic.</summary>
    public static int Compare(Finding a, Finding b)
    {
        int c = string.CompareOrdinal(a.Path, b.Path);
        if (c == 0) c = a.Location.Line.CompareTo(b.Location.Line);
        if (c == 0) c = a.Location.Column.CompareTo(b.Location.Column);
        if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    }
}
