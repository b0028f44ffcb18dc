using System.Diagnostics;
using FilingLint.Deals;
using FilingLint.Documents;
using FilingLint.Expressions;
using FilingLint.Facts;
using FilingLint.Findings;
using FilingLint.Rules;

namespace FilingLint.Engine;

/// <summary>
/// Runs the deal rules (<c>scope: deal</c>) once over documents linted together. Each finding is reported in the
/// document it points at, with the other document's statement as its related place; each document keeps its own
/// findings. A deal rule that throws or runs past its limits is a <c>rule.error</c> of the deal's first document.
/// </summary>
public sealed class DealCheck(RuleSet rules)
{
    public TimeSpan RuleTimeLimit { get; init; } = TimeSpan.FromSeconds(5);
    public long RuleMemoryLimit { get; init; } = 1L << 30;

    /// <summary>The deal's fact model, from the readable documents among <paramref name="results"/>.</summary>
    public static Deal Build(IReadOnlyList<FileResult> results) =>
        DealBuilder.Build(results.Where(r => r.Document is not null && r.Filing is not null).Select(r => (r.Document!, r.Filing!)).ToList());

    /// <summary>The results with each document's deal findings added (and its deal rules' results).</summary>
    public IReadOnlyList<FileResult> Apply(IReadOnlyList<FileResult> results) => Check(results).Results;

    /// <summary>
    /// As <see cref="Apply"/>, with the deal's fact model the rules saw (for the report; null when no document could
    /// be read), so it is built once.
    /// </summary>
    public (IReadOnlyList<FileResult> Results, Deal? Deal) Check(IReadOnlyList<FileResult> results)
    {
        var readable = results.Where(r => r.Document is not null && r.Filing is not null).ToList();
        if (readable.Count == 0) return (results, null);
        var deal = Build(readable);
        var dealRules = rules.Rules.Where(r => r.Definition.Scope == RuleScope.Deal && r.Evaluate is not null).ToList();
        if (dealRules.Count == 0) return (results, deal);
        var added = readable.ToDictionary(r => r, _ => new List<Finding>());
        var ruleResults = new List<RuleResult>();
        foreach (var rule in dealRules)
        {
            var d = rule.Definition;
            var clock = Stopwatch.StartNew();
            var found = new List<(FileResult, Finding)>();
            try
            {
                // The findings stay the rule thread's own until it returns: a rule given up on may still be running.
                RuleEvaluation? evaluation = null;
                List<(FileResult, Finding)>? made = null;
                RuleThread.RunGuarded(() =>
                {
                    var evaluated = new RuleEvaluation();
                    var findings = new List<(FileResult, Finding)>();
                    rule.Evaluate!(deal, evaluated);
                    foreach (var (at, related, messageArgs, suggestionArgs) in evaluated.Failures)
                    {
                        var place = at as DealSpan;
                        var file = readable[place?.Document ?? 0];
                        var span = place?.Span ?? file.Filing!.Start;
                        var finding = LintEngine.Make(d.Id, d.Severity, rule.Message.Render(messageArgs), rule.Suggestion?.Render(suggestionArgs),
                            file.Document!, span, documentLevel: place is null);
                        if (related is DealSpan other && other.Document < readable.Count)
                            finding = finding with { Related = [LintEngine.Related(readable[other.Document].Document!, other.Span)] };
                        findings.Add((file, finding));
                    }
                    (evaluation, made) = (evaluated, findings);
                }, RuleTimeLimit, RuleMemoryLimit);
                found = made!;
                var status = evaluation!.Failures.Count > 0 ? RuleStatus.Failed
                    : evaluation.Passed == 0 && evaluation.Skipped > 0 ? RuleStatus.Skipped : RuleStatus.Passed;
                ruleResults.Add(new RuleResult(d.Id, status, status == RuleStatus.Skipped ? "'when' was false" : null, clock.Elapsed, found.Count));
            }
            catch (Exception e)
            {
                string why = LintEngine.WhyFailed(e, RuleTimeLimit, RuleMemoryLimit);
                var first = readable[0];
                found = [(first, LintEngine.Make(WellKnownRules.RuleError, Severity.Error, $"deal rule '{d.Id}' failed on this deal: {why}", null,
                    first.Document!, first.Filing!.Start, documentLevel: true))];
                ruleResults.Add(new RuleResult(d.Id, RuleStatus.Errored, why, clock.Elapsed, 1));
            }
            foreach (var (file, finding) in found) added[file].Add(finding);
        }
        var checkedResults = results.Select(r =>
        {
            if (!added.TryGetValue(r, out var findings)) return r;
            var (kept, suppressed) = Suppressions.Apply(r.Document!, findings);
            var all = r.Findings.Concat(kept).ToList();
            all.Sort(Finding.Compare);
            // The deal rules' results replace the "skipped: a deal rule" each document was given alone.
            var dealIds = ruleResults.Select(x => x.RuleId).ToHashSet(StringComparer.Ordinal);
            return r with { Findings = all, Rules = [.. r.Rules.Where(x => !dealIds.Contains(x.RuleId)), .. ruleResults], Suppressed = [.. r.Suppressed, .. suppressed] };
        }).ToList();
        return (checkedResults, deal);
    }
}
