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
    public static Dictionary<string, object?> Build(Document document, IReadOnlyList<Finding> findings, int fileIndex, HashSet<string> anchored)
    {
        var indexed = findings.Select((f, i) => (Finding: f, Id: $"f{fileIndex}-{i}")).ToList();
        var blocks = new List<Dictionary<string, object?>>(document.Blocks.Count);
        for (int b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
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
                ["segments"] = Segments(document, block.Span, indexed, anchored, isLast: b == document.Blocks.Count - 1),
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
        List<(Finding Finding, string Id)> findings, HashSet<string> anchored, bool isLast)
    {
        int start = block.Start, end = block.End;
        // A zero-length finding belongs to the block it sits in; one at the very end of the text to the last block.
        bool Inside(int offset) => offset >= start && (offset < end || (isLast && offset == end));
        var covering = findings.Where(x => x.Finding.Span.Length > 0 && x.Finding.Span.Start < end && x.Finding.Span.End > start).ToList();
        var points = findings.Where(x => x.Finding.Span.Length == 0 && Inside(x.Finding.Span.Start)).ToList();

        var cuts = new SortedSet<int> { start, end };
        foreach (var (f, _) in covering)
        {
            cuts.Add(Math.Max(start, f.Span.Start));
            cuts.Add(Math.Min(end, f.Span.End));
        }
        foreach (var (f, _) in points) cuts.Add(f.Span.Start);

        var segments = new List<Dictionary<string, object?>>();
        var bounds = cuts.ToList();
        for (int i = 0; i < bounds.Count; i++)
        {
            int at = bounds[i];
            var pointsHere = points.Where(p => p.Finding.Span.Start == at).ToList();
            if (pointsHere.Count > 0) segments.Add(Segment("", pointsHere, anchored, point: true));
            if (i + 1 >= bounds.Count) break;
            int next = bounds[i + 1];
            var over = covering.Where(x => x.Finding.Span.Start <= at && x.Finding.Span.End >= next).ToList();
            segments.Add(Segment(document.Slice(SourceSpan.FromBounds(at, next)), over, anchored, point: false));
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
