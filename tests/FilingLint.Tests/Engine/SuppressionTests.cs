using System.Text.Json;
using FilingLint.Cli;
using FilingLint.Findings;
using Shouldly;
using Xunit;
using static FilingLint.Tests.Cli.CliRun;

namespace FilingLint.Tests.Engine;

public class SuppressionTests
{
    private const string Agreement = "On August 11, 2020, we entered into an Equity Distribution Agreement (the “Equity Distribution Agreement”) with Oppenheimer & Co. Inc.";

    [Fact]
    public void Disable_next_line_with_a_reason_moves_the_finding_to_suppressed()
    {
        var result = Seed.Lint(Seed.Text.ReplaceOnce("As of the date of this Supplement",
            "\n<!-- filinglint-disable-next-line terms.inconsistent-agreement-name the agent's own name for it, approved by counsel -->\nAs of the date of this Supplement"));
        result.Findings.ShouldNotContain(f => f.RuleId == "terms.inconsistent-agreement-name");
        var suppressed = result.Suppressed.ShouldHaveSingleItem();
        suppressed.Finding.RuleId.ShouldBe("terms.inconsistent-agreement-name");
        suppressed.Reason.ShouldBe("the agent's own name for it, approved by counsel");
        result.Findings.ShouldNotContain(f => f.RuleId.StartsWith("suppression.", StringComparison.Ordinal));
    }

    [Fact]
    public void Disable_and_enable_cover_only_the_lines_between()
    {
        string text = $"{Agreement}\n\n<!-- filinglint-disable terms.inconsistent-agreement-name quoted from the agreement -->\nSales under the Sales Agreement.\n<!-- filinglint-enable terms.inconsistent-agreement-name -->\n\nMore sales under the Sales Agreement.\n";
        var result = Seed.Lint(text);
        result.Suppressed.Select(s => s.Finding.Location.Line).ShouldBe(new[] { 4 });
        result.Findings.Where(f => f.RuleId == "terms.inconsistent-agreement-name").Select(f => f.Location.Line).ShouldBe(new[] { 7 });
    }

    [Fact]
    public void A_suppression_without_a_reason_is_reported_as_info_and_a_malformed_one_as_warning()
    {
        string text = $"{Agreement}\n\n<!-- filinglint-disable-next-line terms.inconsistent-agreement-name -->\nSales under the Sales Agreement.\n\n<!-- filinglint-disable -->\nText.\n";
        var result = Seed.Lint(text);
        result.Suppressed.ShouldHaveSingleItem().Reason.ShouldBeNull();
        var missing = result.Findings.Single(f => f.RuleId == WellKnownRules.SuppressionMissingReason);
        (missing.Severity, missing.Location.Line, missing.Location.Column).ShouldBe((Severity.Info, 3, 1));
        var invalid = result.Findings.Single(f => f.RuleId == WellKnownRules.SuppressionInvalid);
        (invalid.Severity, invalid.Location.Line).ShouldBe((Severity.Warning, 6));
    }

    [Fact]
    public void Json_gives_each_file_its_rules_and_suppressed_arrays_and_explain_prints_the_result_tree()
    {
        string dir = TempDir();
        string file = Path.Combine(dir, "s.txt");
        File.WriteAllText(file, Seed.Text.ReplaceOnce("As of the date", "\n<!-- filinglint-disable-next-line terms.inconsistent-agreement-name quoted -->\nAs of the date"));
        var (exit, output, _) = Run("lint", file, "--format", "json");
        exit.ShouldBe(ExitCodes.Findings);
        using var json = JsonDocument.Parse(output);
        var entry = json.RootElement.GetProperty("files")[0];
        entry.EnumerateObject().Select(p => p.Name).ShouldBe(new[] { "path", "findings", "suppressed", "rules" });
        entry.GetProperty("suppressed")[0].GetProperty("reason").GetString().ShouldBe("quoted");
        var rules = entry.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("status").GetString());
        rules["legend.rule-424b-header"].ShouldBe("failed");
        rules["legend.sec-no-approval"].ShouldBe("passed");
        rules["offering.proceeds-over-cap"].ShouldBe("passed");
        rules.Count.ShouldBe(Seed.BuiltInRules.Definitions.Count);

        var text = Run("lint", file, "--explain", "--form", "8-K").Out;
        text.ShouldContain("skipped  legend.sec-no-approval");
        text.ShouldContain("(applies to Prospectus, ProspectusSupplement, RegistrationStatement, not Other)");
        text.ShouldContain("suppressed terms.inconsistent-agreement-name at 13:");
    }
}
