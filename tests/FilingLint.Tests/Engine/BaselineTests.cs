using System.Text.Json;
using FilingLint.Cli;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Reporting;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Engine;

/// <summary>Baselines hold findings about something absent as well as findings at a place in the text.</summary>
public class BaselineTests
{
    private static List<string> JsonRuleIds(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .Select(f => f.GetProperty("ruleId").GetString()!).ToList();
    }

    [Fact]
    public void A_missing_header_stays_accepted_when_paragraphs_are_inserted_and_deleted_above_it()
    {
        string dir = CliRun.TempDir();
        string filing = Path.Combine(dir, "filing.txt");
        string baseline = Path.Combine(dir, "baseline.json");
        File.WriteAllText(filing, Seed.Text);
        CliRun.Run("lint", filing, "--write-baseline", baseline).Exit.ShouldBe(ExitCodes.Findings);

        // The missing Rule 424(b) header is reported at the first paragraph, which both edits change.
        File.WriteAllText(filing, "Draft note.\n\n" + Seed.Text.ReplaceOnce("**Common Stock**\n\n", ""));
        var edited = CliRun.Run("lint", filing, "--format", "json");
        JsonRuleIds(edited.Out).ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"]);

        var gated = CliRun.Run("lint", filing, "--baseline", baseline, "--format", "json");
        JsonRuleIds(gated.Out).ShouldBeEmpty();
        gated.Exit.ShouldBe(ExitCodes.Clean);
    }

    [Fact]
    public void A_document_level_finding_is_identified_by_what_is_missing_not_by_the_first_paragraph()
    {
        static string Header(FileResult r) => Fingerprint.Of(r.Findings.Single(f => f.RuleId == "legend.rule-424b-header"), r.Document);

        var seed = Seed.Lint(Seed.Text);
        seed.Findings.Single(f => f.RuleId == "legend.rule-424b-header").DocumentLevel.ShouldBeTrue();
        seed.Findings.Single(f => f.RuleId == "terms.inconsistent-agreement-name").DocumentLevel.ShouldBeFalse();
        Header(Seed.Lint("Draft note.\n\n" + Seed.Text)).ShouldBe(Header(seed));

        // A header with a registration number but no Rule 424(b) paragraph lacks something else: another finding.
        var other = Seed.Lint("Registration No. 333-248112\n\n" + Seed.Text);
        Header(other).ShouldNotBe(Header(seed));
    }

    [Fact]
    public void A_baseline_written_before_still_accepts_its_document_level_finding()
    {
        // Written by FilingLint 0.1.0 on the seed (a copy of .github/filinglint-baseline.json as it was), when the missing
        // header was fingerprinted by the first paragraph's text.
        var baseline = Baseline.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "baseline-written-before-document-level.json"));
        string seed = Path.Combine(Repository.Root, "seeds", "003_5d95c712dadc11a9.txt");
        var result = new LintEngine(Seed.BuiltInRules).LintFile(seed);
        Fingerprint.ForFindings(result.Findings, result.Document)
            .ShouldNotContain(baseline.Entries.Single(e => e.RuleId == "legend.rule-424b-header").Fingerprint);

        var run = new LintRun([result], Seed.BuiltInRules.Sources, DateTimeOffset.UnixEpoch);
        var (left, accepted) = baseline.Apply(run, Repository.Root, "baseline");
        left.AllFindings.ShouldBeEmpty();
        accepted.Select(a => a.Finding.RuleId).ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"]);
    }
}
