using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Cross-references by title and page, held against the table of contents (<see cref="PageReference"/>). A table of
/// contents is read from table rows of a title cell and a page cell (“Risk Factors | S-7”). A supplement and its reprinted
/// base prospectus each number their own pages: a reference “of the accompanying prospectus”, or one inside the base,
/// is compared with the base's contents, any other with the supplement's; a page of another document (“on page 40 of
/// our Annual Report”) is not compared, nor are titles given pages together (““A” and “B” on pages 3 and 37”).
/// </summary>
internal sealed partial class PageReferenceExtractor : IFactExtractor
{
    [GeneratedRegex(@"^(?:[A-Z]-\s?)?\d{1,4}$")]
    private static partial Regex PageCell();

    [GeneratedRegex(@"[“""](?<t>[^“”""\n]{3,100}?)[,.]?\s*[”""][^.;:“”""()]{0,80}?\bpages?\s+(?<p>(?:[A-Z]-\s?)?\d{1,4})\b(?!\s*(?:,|and|&)\s*(?:pages?\s+)?(?:[A-Z]-\s?)?\d)(?<of>\s+of\s+(?:the|this|our)\s+(?<doc>[\w -]{1,60}))?")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?:accompanying\s+(?:base\s+)?prospectus|base\s+prospectus|prospectus(?:\s+supplement)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisFilingsParts();

    public void Extract(FactContext context)
    {
        var contents = Contents(context);
        if (contents.Count == 0) return;
        int baseStart = context.BaseProspectusStart;
        foreach (Match m in Reference().Matches(context.Text))
        {
            string? of = m.Groups["doc"].Success ? m.Groups["doc"].Value.Trim() : null;
            if (of is not null && !ThisFilingsParts().IsMatch(of)) continue;
            bool inBase = baseStart >= 0 && (m.Index >= baseStart
                || of is not null && (of.StartsWith("accompanying", StringComparison.OrdinalIgnoreCase) || of.StartsWith("base", StringComparison.OrdinalIgnoreCase)));
            if (!inBase && of is not null && of.StartsWith("accompanying", StringComparison.OrdinalIgnoreCase)) continue; // no reprinted base to compare with
            string title = Normalize(m.Groups["t"].Value);
            string page = m.Groups["p"].Value.Replace(" ", "", StringComparison.Ordinal);
            bool lettered = !char.IsDigit(page[0]);
            var listed = contents.Where(e => e.InBase == inBase && e.Title.Equals(title, StringComparison.OrdinalIgnoreCase) && !char.IsDigit(e.Page[0]) == lettered)
                .Select(e => e.Page).ToList();
            string? contentsPage = listed.Count == 0 ? null : listed.Contains(page) ? page : listed[0];
            var p = m.Groups["p"];
            context.PageReferences.Add(new PageReference(title, page, contentsPage, new SourceSpan(m.Index, p.Index + p.Length - m.Index)));
        }
    }

    /// <summary>Title and page of every table row that is a title cell followed by a page cell, and the part it is in.</summary>
    private static List<(string Title, string Page, bool InBase)> Contents(FactContext context)
    {
        var entries = new List<(string, string, bool)>();
        Block? previous = null;
        foreach (var block in context.Document.Blocks)
        {
            if (block.Kind != BlockKind.TableCell) { previous = null; continue; }
            string cell = context.Document.Slice(block.Span).Trim();
            if (cell.Length == 0) continue;
            if (previous is { } titleCell && PageCell().IsMatch(cell))
            {
                string title = Normalize(context.Document.Slice(titleCell.Span));
                if (title.Length > 2 && title.Any(char.IsLetter))
                    entries.Add((title, cell.Replace(" ", "", StringComparison.Ordinal), context.BaseProspectusStart >= 0 && block.Span.Start >= context.BaseProspectusStart));
            }
            previous = block;
        }
        return entries;
    }

    private static string Normalize(string title) => Spaces.Collapse(title).Trim().TrimEnd('.', ',', ' ');
}
