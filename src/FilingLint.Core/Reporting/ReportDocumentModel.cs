using FilingLint.Documents;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// The filing itself, block by block, cut into segments at every finding's start and end so the template
/// can wrap the covered segments in <c>&lt;mark&gt;</c>. Segments are plain text: the template escapes them.
/// Overlapping findings split into segments covered by one or more findings; a segment carries all of them.
/// </summary>
internal static class ReportDocumentModel
{
    /// <summary>The document's blocks and their segments; <paramref name="anchored"/> receives the ids of the findings that got a highlight (a finding between blocks gets none).</summary>
    /// <remarks>
    /// One sweep over blocks and findings in text order, each block seeing only the findings that reach it, and one over
    /// each block's cuts: a filing with a hundred thousand findings renders in time proportional to its blocks and
    /// findings, not their product.
    /// </remarks>
    public static Dictionary<string, object?> Build(Document document, IReadOnlyList<Finding> findings, int fileIndex, HashSet<string> anchored)
    {
        var indexed = findings.Select((f, i) => (Finding: f, Id: $"f{fileIndex}-{i}", Order: i))
            .OrderBy(x => x.Finding.Span.Start).ThenBy(x => x.Order).ToList();
        var active = new List<(Finding Finding, string Id, int Order)>();
        int next = 0;
        var blocks = new List<Dictionary<string, object?>>(document.Blocks.Count);
        for (int b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            bool isLast = b == document.Blocks.Count - 1;
            // Findings that start before this block ends join; those that ended before it starts leave.
            while (next < indexed.Count && (indexed[next].Finding.Span.Start < block.Span.End || isLast)) active.Add(indexed[next++]);
            active.RemoveAll(x => x.Finding.Span.Length > 0 ? x.Finding.Span.End <= block.Span.Start : x.Finding.Span.Start < block.Span.Start);
            blocks.Add(new Dictionary<string, object?>
            {
                ["index"] = b,
                ["kind"] = block.Kind switch
                {
                    BlockKind.Heading => "heading",
                    BlockKind.ListItem => "list-item",
                    BlockKind.TableCell => "table-cell",
                    _ => "paragraph",
                },
                ["bold"] = block.IsBold,
                ["page"] = block.Page,
                ["newPage"] = b > 0 && block.Page != document.Blocks[b - 1].Page,
                ["segments"] = Segments(document, block.Span, active, anchored, isLast),
            });
        }
        return new Dictionary<string, object?>
        {
            ["format"] = document.Format,
            ["pages"] = document.Blocks.Count == 0 ? 0 : document.Blocks[^1].Page,
            ["blocks"] = blocks,
        };
    }

    private static List<Dictionary<string, object?>> Segments(Document document, SourceSpan block,
        List<(Finding Finding, string Id, int Order)> reaching, HashSet<string> anchored, bool isLast)
    {
        int start = block.Start, end = block.End;
        // A zero-length finding belongs to the block it sits in; one at the very end of the text to the last block.
        bool Inside(int offset) => offset >= start && (offset < end || (isLast && offset == end));
        var covering = reaching.Where(x => x.Finding.Span.Length > 0 && x.Finding.Span.Start < end && x.Finding.Span.End > start)
            .OrderBy(x => x.Order).ToList();
        var points = reaching.Where(x => x.Finding.Span.Length == 0 && Inside(x.Finding.Span.Start)).OrderBy(x => x.Order).ToList();

        var cuts = new SortedSet<int> { start, end };
        foreach (var (f, _, _) in covering)
        {
            cuts.Add(Math.Max(start, f.Span.Start));
            cuts.Add(Math.Min(end, f.Span.End));
        }
        foreach (var (f, _, _) in points) cuts.Add(f.Span.Start);

        // Points by offset, and the covering findings entering and leaving at each cut, so each segment is found by a
        // sweep rather than by testing every finding.
        var pointsAt = points.GroupBy(p => p.Finding.Span.Start).ToDictionary(g => g.Key, g => g.ToList());
        var starting = covering.GroupBy(x => Math.Max(start, x.Finding.Span.Start)).ToDictionary(g => g.Key, g => g.ToList());
        var over = new SortedDictionary<int, (Finding Finding, string Id)>(); // by the finding's place in the list, as before
        var segments = new List<Dictionary<string, object?>>();
        var bounds = cuts.ToList();
        for (int i = 0; i < bounds.Count; i++)
        {
            int at = bounds[i];
            if (pointsAt.TryGetValue(at, out var pointsHere))
                segments.Add(Segment("", pointsHere.Select(p => (p.Finding, p.Id)).ToList(), anchored, point: true));
            if (i + 1 >= bounds.Count) break;
            int nextCut = bounds[i + 1];
            if (starting.TryGetValue(at, out var entering))
                foreach (var x in entering) over[x.Order] = (x.Finding, x.Id);
            foreach (var key in over.Where(o => o.Value.Finding.Span.End <= at).Select(o => o.Key).ToList()) over.Remove(key);
            segments.Add(Segment(document.Slice(SourceSpan.FromBounds(at, nextCut)), over.Values.ToList(), anchored, point: false));
        }
        return segments;
    }

    private static Dictionary<string, object?> Segment(string text, List<(Finding Finding, string Id)> over, HashSet<string> anchored, bool point)
    {
        var worst = over.Count == 0 ? (Severity?)null : over.Max(x => x.Finding.Severity);
        return new Dictionary<string, object?>
        {
            ["text"] = text,
            ["marked"] = over.Count > 0,
            ["point"] = point,
            ["severity"] = worst?.ToName(),
            ["ruleIds"] = string.Join(" ", over.Select(x => x.Finding.RuleId).Distinct()),
            ["findingIds"] = string.Join(" ", over.Select(x => x.Id)),
            ["describedBy"] = string.Join(" ", over.Select(x => x.Id + "-msg")),
            ["title"] = string.Join("\n", over.Select(x => $"{x.Finding.Severity.ToName()} {x.Finding.RuleId}: {x.Finding.Message}")),
            // The first piece of each finding carries its anchor, the target of the findings list's link.
            ["anchors"] = over.Where(x => anchored.Add(x.Id)).Select(x => ReportFindingModel.AnchorOf(x.Id)).ToList(),
        };
    }
}
