using FilingLint.Accuracy;
using FilingLint.Cli.Commands;
using FilingLint.Engine;
using FilingLint.Tests.Corpus;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Accuracy;

/// <summary>
/// The labels of tests/accuracy/labels.tsv against this build on ../shared/corpus and ../shared/corpus-dev (each company's
/// filings also linted as one deal, as `rules accuracy --deal`): a true
/// finding must not disappear, a fixed false one must not come back, a false one that is gone must be marked fixed,
/// and rules/accuracy.tsv (what `rules list` shows) must be the figures of this build. Skipped, saying so, without the corpora.
/// </summary>
public class LabelledCorporaTests
{
    private static readonly Lazy<(AccuracyReport Report, int Files)?> Measured = new(() =>
    {
        if (LabelledCorpora.Folders is not { } folders) return null;
        var labels = LabelSet.Load(Path.Combine(RepoRoot(), "tests", "accuracy", "labels.tsv"));
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase) && FilingLint.Documents.DocumentLoader.Extensions.Contains(Path.GetExtension(f)))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        // As `rules accuracy --deal`: each company's filings are also linted as one deal, and the deal rules' findings counted.
        var engine = new LintEngine(Seed.BuiltInRules);
        var findings = RulesAccuracyCommand.Lint(engine, files).Concat(RulesAccuracyCommand.LintDeals(engine, Seed.BuiltInRules, files));
        return (AccuracyReport.Measure(findings, labels, RulesAccuracyCommand.DealRuleIds(Seed.BuiltInRules)), files.Count);
    });

    private static string RepoRoot() => LabelledCorpora.RepoRoot;


    [LabelledCorporaFact]
    public void Labelled_findings_hold()
    {
        var (report, _) = Measured.Value!.Value;
        report.Drift.Select(d => $"labels.tsv:{d.Label.SourceLine}: {d.Problem}: {d.Label.File}:{d.Label.Line} {d.Label.Rule} “{d.Label.Excerpt}”")
            .ShouldBeEmpty();
    }

    [LabelledCorporaFact]
    public void The_shipped_figures_are_this_builds()
    {
        var (report, _) = Measured.Value!.Value;
        var shipped = RuleAccuracy.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "rules", "accuracy.tsv")));
        shipped.Select(r => r with { }).ShouldBe(report.Rules,
            "rules/accuracy.tsv is stale: run `filinglint rules accuracy --deal --labels tests/accuracy/labels.tsv --write rules/accuracy.tsv ../shared/corpus ../shared/corpus-dev`");
    }

    [LabelledCorporaFact]
    public void Every_built_in_error_rule_has_earned_it()
    {
        var (report, _) = Measured.Value!.Value;
        foreach (var rule in report.Rules.Where(r => r.Severity == Findings.Severity.Error && r.Precision is not null))
            rule.Precision!.Value.ShouldBeGreaterThanOrEqualTo(0.95, $"{rule.Rule} is an error at {rule.Summary()}");
    }
}
