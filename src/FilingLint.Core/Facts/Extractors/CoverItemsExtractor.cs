using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>The Item 501(b) items read from the cover page: market and symbol, risk-factor cross-reference, preliminary legend.</summary>
internal sealed partial class CoverItemsExtractor : IFactExtractor
{
    /// <summary>
    /// "is listed on the Nasdaq Capital Market under the symbol “ABCD”", "trades on The New York Stock Exchange (“NYSE”)
    /// under the symbol “EE.”", "listed on the Nasdaq Global Market, or Nasdaq, under the symbol".
    /// </summary>
    [GeneratedRegex(@"(?i:\b(?:list(?:ed|ing)?|quoted|traded|trades?)\b[^.;]{0,60}?\bon\s+)(?<market>(?i:the\s+)?(?:Nasdaq|NASDAQ|NYSE|New\s+York\s+Stock\s+Exchange|Cboe|CBOE|OTC|TSX|Toronto\s+Stock\s+Exchange)[\p{L}®\s]{0,40}?)\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*or\s+(?:the\s+)?[“""]?[\p{L}\s]{1,30}[”""]?\s*)?,?\s*(?i:under\s+the\s+(?:trading\s+|ticker\s+)?symbols?)\s+[“""‘']?(?<symbol>[A-Z][A-Z0-9.\-]{0,9}?)\.?[”""’']")]
    private static partial Regex Listing();

    /// <summary>The other order: "is listed under the symbol “ABCD” on the NYSE American".</summary>
    [GeneratedRegex(@"(?i:\bunder\s+the\s+(?:trading\s+|ticker\s+)?symbols?)\s+[“""‘']?(?<symbol>[A-Z][A-Z0-9.\-]{0,9}?)\.?[”""’']\s*(?i:on\s+)(?<market>(?i:the\s+)?(?:Nasdaq|NASDAQ|NYSE|New\s+York\s+Stock\s+Exchange|Cboe|CBOE|OTC|TSX|Toronto\s+Stock\s+Exchange)[\p{L}®\s]{0,40}?)(?=[\s.,;(]|$)")]
    private static partial Regex SymbolFirst();

    [GeneratedRegex(@"\bwill\s+not\s+be\s+(?:listed|quoted)\b|\bnot\s+(?:be\s+)?listed\s+on\s+any\b|\b(?:do|does)\s+not\s+(?:intend|plan|expect)\s+to\s+(?:apply\s+(?:for|to)\s+)?(?:list|have\s+[^.]{0,40}listed)|\bno\s+(?:established\s+)?(?:public\s+)?(?:trading\s+)?market\s+(?:currently\s+)?exists\b|\bthere\s+(?:is|has\s+been)\s+no\s+(?:established\s+)?(?:public\s+)?(?:trading\s+)?market\s+for\s+(?:the|these|our)\s+(?:notes|bonds|debentures|securities|certificates|debt)", RegexOptions.IgnoreCase)]
    private static partial Regex NotListed();

    [GeneratedRegex(@"\bSupplement\s+No\.\s*\d+\s+to\s+(?:the\s+|our\s+)?(?:Prospectus|Prospectus\s+Supplement)\b|\bsupplements\s+and\s+amends\b|\bamends\s+and\s+supplements\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amending();

    [GeneratedRegex(@"\bpricing\s+supplement\b", RegexOptions.IgnoreCase)]
    private static partial Regex PricingSupplement();

    // "“Risk Factors” beginning on page S-12", also with words between ("“Risk Factors” section of this prospectus
    // beginning on page 12") and the hyphen's space that page-number markup leaves ("S- 12").
    [GeneratedRegex(@"\bRisk\s+Factors\b[“”""'’‘\s]*,?(?:[\s\w]{0,60}?\s)?\s*(?:(?:beginning|starting|commencing)\s+)?(?:on|at)\s+page\s+(?<page>[A-Z]{0,3}-?\s?\d+|[ivxlc]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RiskFactorsPage();

    [GeneratedRegex(@"\bRisk\s+Factors\b", RegexOptions.IgnoreCase)]
    private static partial Regex RiskFactors();

    [GeneratedRegex(@"^\W*(?:Item\s+1A\W+)?RISK\s+FACTORS\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RiskFactorsHeading();

    /// <summary>The legend, not "subject to completion of the acquisition".</summary>
    [GeneratedRegex(@"\bSubject\s+to\s+Completion\b(?!\s+of\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex SubjectToCompletion();

    /// <summary>As a title or "this preliminary ...", not a final's "supersedes the preliminary prospectus supplement dated ...".</summary>
    [GeneratedRegex(@"(?:^|\bthis\s+)Preliminary\s+(?:Prospectus\s+Supplement|Pricing\s+Supplement|Prospectus)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex PreliminaryTitle();

    [GeneratedRegex(@"\bnot\s+complete\s+and\s+may\s+(?:be\s+changed|be\s+subject\s+to\s+change|change)\b|\bsubject\s+to\s+completion\s+or\s+amendment\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncompleteLegend();

    /// <summary>A filled-in date; a preliminary leaves it blank ("is , 2024") or says "this preliminary prospectus supplement".</summary>
    [GeneratedRegex(@"\bThe\s+date\s+of\s+this\s+(?:prospectus\s+supplement|pricing\s+supplement|prospectus)\s+is\s+(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s*,\s*\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex FinalDate();

    [GeneratedRegex(@"^\W*(?:TABLE\s+OF\s+CONTENTS|ABOUT\s+THIS\s+PROSPECTUS(?:\s+SUPPLEMENT)?|PROSPECTUS\s+(?:SUPPLEMENT\s+)?SUMMARY|SUMMARY|RISK\s+FACTORS)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSectionHeading();

    [GeneratedRegex(@"\bThe\s+date\s+of\s+this\s+(?:prospectus|pricing|offering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    /// <summary>
    /// A cover whose first page does not reach its closing date line ("The date of this prospectus supplement is ...")
    /// goes on to the next page, up to that page's first section heading (the table of contents, "About this prospectus").
    /// </summary>
    private static SourceSpan CoverWithOverflow(Documents.Document doc, SourceSpan cover)
    {
        if (DateLine().IsMatch(doc.Slice(cover))) return cover;
        int end = cover.End;
        int? page = null;
        bool first = true;
        foreach (var block in doc.Blocks)
        {
            if (block.Span.Start < cover.End) continue;
            // Without page breaks the cover is already as long as a cover can be.
            if (page is null && doc.BlockAt(cover.Start)?.Page == block.Page) break;
            page ??= block.Page;
            if (block.Page != page) break;
            // The first block of a page is often its running header, a link back to the table of contents.
            if (block.Span.Length < 80 && FirstSectionHeading().IsMatch(doc.Slice(block.Span))
                && !(first && doc.Slice(block.Span).Contains("CONTENTS", StringComparison.OrdinalIgnoreCase))) break;
            first = false;
            end = block.Span.End;
        }
        return SourceSpan.FromBounds(cover.Start, end);
    }

    public void Extract(FactContext context)
    {
        var doc = context.Document;
        var span = doc.CoverPage;
        string cover = doc.Slice(span);
        // A dense cover runs over onto a second printed page before its date line; the listing and the risk-factor page there are still cover items.
        string overflowing = doc.Slice(CoverWithOverflow(doc, span));
        var listing = Listing().Match(overflowing);
        if (!listing.Success) listing = SymbolFirst().Match(overflowing);
        var page = RiskFactorsPage().Match(overflowing);
        var mention = page.Success ? page : RiskFactors().Match(cover);
        // "Subject to Completion" is the words to take out; the title or the legend's "preliminary" otherwise.
        var preliminary = SubjectToCompletion().Match(cover);
        if (!preliminary.Success) preliminary = PreliminaryTitle().Match(cover);
        // The final date sits at the foot of the cover, which a cover without page breaks may cut short.
        int dateLimit = Math.Min(doc.Text.Length, Math.Max(span.End, 20_000));
        var date = FinalDate().Match(doc.Text, 0, dateLimit);
        context.Cover = new Cover
        {
            Span = span,
            Market = listing.Success ? Spaces.Collapse(listing.Groups["market"].Value.Trim()) : null,
            Symbol = listing.Success ? listing.Groups["symbol"].Value : null,
            ListingSpan = listing.Success ? At(span, listing) : default,
            SaysNotListed = NotListed().IsMatch(cover),
            AmendsEarlierProspectus = Amending().IsMatch(cover),
            IsPricingSupplement = PricingSupplement().IsMatch(cover),
            RiskFactorsPage = page.Success ? page.Groups["page"].Value : null,
            RiskFactorsSpan = mention.Success ? At(span, mention) : default,
            MentionsRiskFactors = mention.Success,
            PreliminaryLegend = preliminary.Success ? Spaces.Collapse(preliminary.Value) : null,
            PreliminaryLegendSpan = preliminary.Success ? At(span, preliminary) : default,
            HasIncompleteLegend = IncompleteLegend().IsMatch(cover),
            FinalDate = date.Success ? Spaces.Collapse(date.Groups["date"].Value) : null,
            FinalDateSpan = date.Success ? new SourceSpan(date.Index, date.Length) : default,
        };
        context.HasRiskFactorsSection = doc.Blocks.Any(b => b.Span.Start >= span.End && b.Span.Length < 60 && RiskFactorsHeading().IsMatch(doc.Slice(b.Span)));
    }

    private static SourceSpan At(SourceSpan cover, Match m) => new(cover.Start + m.Index, m.Length);
}
