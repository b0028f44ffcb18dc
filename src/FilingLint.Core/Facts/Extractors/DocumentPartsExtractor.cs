using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Where a prospectus supplement's reprinted base prospectus begins: at a block titled just "Prospectus" (or "Base
/// Prospectus") after the supplement's cover, whose own cover legend ("approved or disapproved") follows it. A table of
/// contents that lists the base prospectus under "Prospectus" has no legend after it, and the supplement's own title
/// says "Supplement". Runs before dates are read, so that the base's date line is never taken for the supplement's.
/// </summary>
internal sealed partial class DocumentPartsExtractor : IFactExtractor
{
    [GeneratedRegex(@"^\s*(?:base\s+)?prospectus\s*\**\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ProspectusTitle();

    [GeneratedRegex(@"\bapproved\s+or\s+disapproved\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoverLegend();

    /// <summary>
    /// How far after its title a base prospectus's cover legend may stand: covers of issuers with operations in China
    /// carry pages of required disclosure before it.
    /// </summary>
    private const int CoverLength = 40_000;

    public void Extract(FactContext context)
    {
        if (context.Kind != DocumentKind.ProspectusSupplement) return;
        var document = context.Document;
        int afterCover = document.CoverPage.End;
        var blocks = document.Blocks;
        // A table of contents lists the base prospectus's sections under a "Prospectus" cell or heading; its title
        // stands alone, and is the last such title before the base's cover legend.
        var titles = new List<int>();
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Span.Start < afterCover || block.Span.Length > 40 || block.Kind == BlockKind.TableCell) continue;
            if (block.Span.Start >= context.ProspectusEnd) break;
            if (ProspectusTitle().IsMatch(document.Slice(block.Span))) titles.Add(i);
        }
        for (int t = 0; t < titles.Count; t++)
        {
            var block = blocks[titles[t]];
            int limit = Math.Min(context.Text.Length, block.Span.End + CoverLength);
            var legend = CoverLegend().Match(context.Text, block.Span.End, limit - block.Span.End);
            if (!legend.Success || t + 1 < titles.Count && blocks[titles[t + 1]].Span.Start < legend.Index) continue;
            // The base's cover page starts with its page: a logo or the issuer's name may stand above the title.
            int start = block.Span.Start;
            for (int j = titles[t] - 1; j >= 0 && blocks[j].Page == block.Page && blocks[j].Span.Start >= afterCover; j--) start = blocks[j].Span.Start;
            context.BaseProspectusStart = start;
            // Its cover runs from the page's start to the legend's sentence.
            var leftOver = CoverItemsExtractor.SubjectToCompletion().Match(context.Text, start, legend.Index - start);
            if (leftOver.Success) context.BaseProspectusPreliminaryLegend = new SourceSpan(leftOver.Index, leftOver.Length);
            return;
        }
    }
}
