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
            ["deal"] = run.Deal is null ? null : Deal(run.Deal, fileAnchors),
        };
    }

    /// <summary>A deal's program over time and its agreements, each row linked to its document's section.</summary>
    private static Dictionary<string, object?> Deal(Facts.Deal deal, Dictionary<string, string> fileAnchors)
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
        };
    }

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
