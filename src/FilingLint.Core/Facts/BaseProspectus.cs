using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// The base prospectus a prospectus supplement reprints after its own pages, a document of its own: from its cover
/// (the title "Prospectus" followed by its own legend) to the end. <see cref="Date"/> is its own date line ("The date
/// of this prospectus is May 9, 2024"), null when it has none or leaves it blank (which draft.placeholder reports).
/// </summary>
public sealed record BaseProspectus(SourceSpan Span, DateFact? Date) : IFact
{
    /// <summary>"Subject to Completion" left on the base's cover: the base of a shelf takedown is the effective one, final.</summary>
    public string? PreliminaryLegend { get; init; }

    public SourceSpan PreliminaryLegendSpan { get; init; }
}
