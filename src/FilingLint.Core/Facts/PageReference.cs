using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// A cross-reference to a section by its title and page (“see “Risk Factors” beginning on page S-7”), with the page the
/// table of contents of the same document part gives that title (<see cref="ContentsPage"/>; null when it lists no such
/// title in that page style).
/// </summary>
public sealed record PageReference(string Title, string Page, string? ContentsPage, SourceSpan Span) : IFact
{
    /// <summary>The table of contents gives the title the same page, or does not list it.</summary>
    public bool MatchesContents => ContentsPage is null || ContentsPage == Page;
}
