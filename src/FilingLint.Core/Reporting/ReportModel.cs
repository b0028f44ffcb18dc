using System.Globalization;
using FilingLint.Engine;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// The model handed to the HTML template: plain dictionaries and lists of strings, numbers and booleans,
/// so a custom template needs no knowledge of C#. Its shape is documented field by field in docs/report.md
/// (a test keeps the two in step). Filing text is never pre-rendered as HTML here: the template escapes it.
/// </summary>
internal static class ReportModel
{
    /// <param name="run">The run to report.</param>
    /// <param name="rules">The rules of the run, for each finding's description and source.</param>
    /// <param name="suppressedOf">The findings suppressed in a file (by <c>filinglint-disable</c> comments).</param>
    public static Dictionary<string, object?> Build(LintRun run, RuleSet? rules, Func<FileResult, IReadOnlyList<Finding>>? suppressedOf = null)
    {
        var definitions = rules?.Definitions.ToDictionary(d => d.Id) ?? new();
        suppressedOf ??= _ => [];
        // Asked once per file: the callback may build its list each time.
        var suppressed = run.Files.Select(f => suppressedOf(f)).ToList();
        // A related place in another file of the run links to that file's section.
        var fileAnchors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < run.Files.Count; i++) fileAnchors.TryAdd(run.Files[i].Path, $"file-{i}");
        var files = run.Files.Select((f, i) => File(f, i, definitions, suppressed[i], fileAnchors)).ToList();
        var reported = run.AllFindings.Concat(suppressed.SelectMany(s => s)).Select(f => f.RuleId)
            .Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
        return new Dictionary<string, object?>
        {
            ["tool"] = new Dictionary<string, object?> { ["name"] = "FilingLint", ["version"] = LintRun.ToolVersion },
            ["generatedAt"] = run.Started.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["generatedAtIso"] = run.Started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["ruleSets"] = run.RuleSets,
            ["rulesRun"] = definitions.Count,
            ["multipleFiles"] = run.Files.Count > 1,
            ["summary"] = new Dictionary<string, object?>
            {
                ["files"] = run.Files.Count,
                ["findings"] = run.AllFindings.Count(),
                ["errors"] = run.Errors,
                ["warnings"] = run.Warnings,
                ["infos"] = run.Infos,
                ["suppressed"] = suppressed.Sum(s => s.Count),
            },
            ["ruleIds"] = reported,
            ["rules"] = reported.Select(id => Rule(id, definitions)).ToList(),
            ["files"] = files,
            ["deal"] = run.Deal is null ? null : Deal(run.Deal, fileAnchors, run, files),
        };
    }

    /// <summary>
    /// A deal's program over time, its agreements, each row linked to its document's section, and its findings across
    /// documents, each with its two places side by side.
    /// </summary>
    private static Dictionary<string, object?> Deal(Facts.Deal deal, Dictionary<string, string> fileAnchors, LintRun run, List<Dictionary<string, object?>> files)
    {
        string? Anchor(int document) => fileAnchors.TryGetValue(deal.Documents[document].Path, out var a) ? a : null;
        static string? Date(DateOnly? d) => d?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        static string? Money(decimal? m) => m?.ToString("C0", Expressions.FactFormatting.Numbers);
        return new Dictionary<string, object?>
        {
            ["documents"] = deal.Documents.Select(d => new Dictionary<string, object?>
            {
                ["name"] = d.Name, ["path"] = d.Path, ["fileAnchor"] = Anchor(d.Index), ["form"] = d.FormType, ["filed"] = Date(d.FilingDate),
            }).ToList(),
            ["timeline"] = deal.Offerings.Select(o => new Dictionary<string, object?>
            {
                ["document"] = deal.Documents[o.Document].Name, ["fileAnchor"] = Anchor(o.Document), ["filed"] = Date(o.FilingDate),
                ["agreement"] = o.AgreementName, ["cap"] = Money(o.Cap ?? o.CapInForce), ["sold"] = Money(o.SoldGrossProceeds), ["remaining"] = Money(o.Remaining),
            }).ToList(),
            ["agreements"] = deal.AgreementMentions.Where(m => m.Date is not null).Select(m => new Dictionary<string, object?>
            {
                ["term"] = m.Term, ["document"] = deal.Documents[m.Document].Name, ["fileAnchor"] = Anchor(m.Document),
                ["date"] = m.DateText ?? Date(m.Date), ["counterparty"] = m.Counterparty,
            }).ToList(),
            ["findings"] = CrossDocumentFindings(run, files),
        };
    }

    /// <summary>
    /// Every finding that points at a place in another document of the run (a deal rule's), with both places: the
    /// document, its form, the line and the sentence around the words, cut before, at and after them so the template can
    /// mark them. Plain text; the template escapes it.
    /// </summary>
    private static List<Dictionary<string, object?>> CrossDocumentFindings(LintRun run, List<Dictionary<string, object?>> files)
    {
        // An exhibit shares its submission's path, so documents are told apart by themselves, not by path.
        var sections = new Dictionary<Documents.Document, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < run.Files.Count; i++)
            if (run.Files[i].Document is { } d) sections.TryAdd(d, i);
        var result = new List<Dictionary<string, object?>>();
        for (int i = 0; i < run.Files.Count; i++)
        {
            var file = run.Files[i];
            if (file.Document is null) continue;
            var models = (List<Dictionary<string, object?>>)files[i]["findings"]!;
            for (int j = 0; j < file.Findings.Count; j++)
            {
                var f = file.Findings[j];
                var other = f.Related.FirstOrDefault(r => r.Document is not null && r.Span is not null && !ReferenceEquals(r.Document, file.Document));
                if (other is null) continue;
                var model = models[j];
                result.Add(new Dictionary<string, object?>
                {
                    ["ruleId"] = f.RuleId,
                    ["severity"] = f.Severity.ToName(),
                    ["message"] = f.Message,
                    ["suggestion"] = f.Suggestion,
                    ["findingId"] = model["id"],
                    ["highlightAnchor"] = model["highlighted"] is true ? model["anchor"] : null,
                    ["places"] = new List<Dictionary<string, object?>>
                    {
                        Place(file.Document, f.Span, f.Location.Line, i, run),
                        Place(other.Document!, other.Span!.Value, other.Location.Line, sections.TryGetValue(other.Document!, out int k) ? k : null, run),
                    },
                });
            }
        }
        return result;
    }

    /// <summary>One place of a cross-document finding: its document, line and sentence.</summary>
    private static Dictionary<string, object?> Place(Documents.Document document, Documents.SourceSpan span, int line, int? section, LintRun run)
    {
        var (before, words, after) = Sentence(document, span);
        var facts = section is { } s ? run.Files[s].Filing : null;
        return new Dictionary<string, object?>
        {
            ["document"] = Path.GetFileName(document.Path),
            ["path"] = document.Path,
            ["form"] = facts?.FormType,
            ["fileAnchor"] = section is { } a ? $"file-{a}" : null,
            ["line"] = line,
            ["before"] = before,
            ["text"] = words,
            ["after"] = after,
        };
    }

    /// <summary>How much of a sentence is shown on each side of the words a finding is about.</summary>
    private const int SentenceReach = 280;

    /// <summary>The sentence around <paramref name="span"/> within its block, cut into what comes before, the words, and what follows.</summary>
    internal static (string Before, string Text, string After) Sentence(Documents.Document document, Documents.SourceSpan span)
    {
        string text = document.Text;
        int start = Math.Clamp(span.Start, 0, text.Length), end = Math.Clamp(span.End, start, text.Length);
        var block = document.BlockAt(start);
        int blockStart = block?.Span.Start ?? Math.Max(0, start - SentenceReach), blockEnd = block?.Span.End ?? Math.Min(text.Length, end + SentenceReach);
        blockEnd = Math.Max(blockEnd, end);
        int from = Math.Max(blockStart, start - SentenceReach);
        for (int i = start - 2; i > from; i--)
            if (IsSentenceEnd(text, i)) { from = i + 1; break; }
        int to = Math.Min(blockEnd, end + SentenceReach);
        for (int i = end; i < to; i++)
            if (IsSentenceEnd(text, i)) { to = i + 1; break; }
        string before = Spaces(text[from..start]).TrimStart(), after = Spaces(text[end..to]).TrimEnd();
        if (from > blockStart && !IsSentenceEnd(text, from - 1)) before = "…" + before;
        if (to < blockEnd && !IsSentenceEnd(text, to - 1)) after += "…";
        return (before, Spaces(text[start..end]), after);
    }

    /// <summary>
    /// A full stop (or ! or ?) at the end of the text or before a space and a capital, a digit or a quote, and not after
    /// a short capitalized abbreviation (“Inc.”, “Co.”, “No.”, “U.S.”): the end of a sentence.
    /// </summary>
    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?')) return false;
        if (i + 1 == text.Length) return true;
        if (!char.IsWhiteSpace(text[i + 1])) return false;
        int next = i + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '“' or '"' or '(')) return false;
        if (text[i] != '.') return true;
        int word = i;
        while (word > 0 && (char.IsLetter(text[word - 1]) || text[word - 1] == '.')) word--;
        return !(i - word <= 3 && char.IsUpper(text[word]));
    }

    private static string Spaces(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " ");

    private static Dictionary<string, object?> Rule(string id, Dictionary<string, Rules.RuleDefinition> definitions)
    {
        definitions.TryGetValue(id, out var d);
        return new Dictionary<string, object?>
        {
            ["id"] = id,
            ["severity"] = d?.Severity.ToName() ?? "error",
            ["description"] = d?.Description ?? ReportFindingModel.BuiltInDescription(id),
            ["source"] = d?.Source,
            ["ruleSet"] = d?.RuleSet ?? "filinglint",
        };
    }

    private static Dictionary<string, object?> File(FileResult file, int index, Dictionary<string, Rules.RuleDefinition> definitions, IReadOnlyList<Finding> suppressed,
        Dictionary<string, string> fileAnchors)
    {
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var document = file.Document is null ? null : ReportDocumentModel.Build(file.Document, file.Findings, index, anchored);
        var findings = file.Findings.Select((f, i) => ReportFindingModel.Build(f, $"f{index}-{i}", definitions, anchored.Contains($"f{index}-{i}"), fileAnchors)).ToList();
        var suppressedModel = suppressed.Select((f, i) => ReportFindingModel.Build(f, $"s{index}-{i}", definitions, highlighted: false, fileAnchors)).ToList();
        return new Dictionary<string, object?>
        {
            ["index"] = index,
            ["anchor"] = $"file-{index}",
            ["path"] = file.Path,
            ["unreadable"] = file.IsUnreadable,
            ["title"] = file.Filing?.Title,
            ["findingCount"] = file.Findings.Count,
            ["errors"] = file.Findings.Count(f => f.Severity == Severity.Error),
            ["warnings"] = file.Findings.Count(f => f.Severity == Severity.Warning),
            ["infos"] = file.Findings.Count(f => f.Severity == Severity.Info),
            ["suppressedCount"] = suppressed.Count,
            ["findings"] = findings,
            ["suppressed"] = suppressedModel,
            ["document"] = document,
            ["facts"] = file.Filing is null || file.Document is null ? null : ReportFactsModel.Build(file.Filing, file.Document, file.Findings),
        };
    }
}
