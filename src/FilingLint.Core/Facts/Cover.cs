using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// What the cover page (the first page) says about the items Regulation S-K Item 501(b) puts there: the market and
/// trading symbol, the cross-reference to the risk factors, and the preliminary-prospectus legend.
/// </summary>
public sealed record Cover : IFact
{
    /// <summary>The cover page's text.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>The market the securities are listed on: "Nasdaq Capital Market", "New York Stock Exchange".</summary>
    public string? Market { get; init; }

    /// <summary>The trading symbol: "ABCD".</summary>
    public string? Symbol { get; init; }
    public SourceSpan ListingSpan { get; init; }

    /// <summary>The cover says the securities are not (to be) listed: "The notes will not be listed on any securities exchange."</summary>
    public bool SaysNotListed { get; init; }

    /// <summary>
    /// A supplement that amends an earlier prospectus ("Supplement No. 1 to Prospectus Supplement", "supplements and
    /// amends the prospectus"): the cover items stand on the cover of the prospectus it amends.
    /// </summary>
    public bool AmendsEarlierProspectus { get; init; }

    /// <summary>A pricing supplement (notes issued off a medium-term note program), not a prospectus supplement.</summary>
    public bool IsPricingSupplement { get; init; }

    /// <summary>The page of the risk factors the cover points to: "S-7" in "See “Risk Factors” beginning on page S-7".</summary>
    public string? RiskFactorsPage { get; init; }

    /// <summary>Where the cover names the risk factors (with or without a page); empty when it does not.</summary>
    public SourceSpan RiskFactorsSpan { get; init; }
    public bool MentionsRiskFactors { get; init; }

    /// <summary>"Subject to Completion" or "Preliminary Prospectus Supplement" on the cover.</summary>
    public string? PreliminaryLegend { get; init; }
    public SourceSpan PreliminaryLegendSpan { get; init; }

    /// <summary>The Item 501(b)(10) legend: "The information in this preliminary prospectus supplement is not complete and may be changed."</summary>
    public bool HasIncompleteLegend { get; init; }

    /// <summary>A filled-in final date: "The date of this prospectus supplement is March 3, 2023."</summary>
    public string? FinalDate { get; init; }
    public SourceSpan FinalDateSpan { get; init; }
}
