using FilingLint.Cli;
using FilingLint.Engine;
using FilingLint.RuleTesting;
using Shouldly;
using Xunit;
using static FilingLint.Tests.Cli.CliRun;

namespace FilingLint.Tests.Cli;

public class RulesCommandTests
{
    private const string LegendRule = """
        rules:
          - id: legend.forward-looking
            severity: warning
            description: The filing carries the forward-looking statements safe-harbor legend.
            source: Private Securities Litigation Reform Act of 1995; Securities Act Section 27A
            require:
              ignore-case: true
              text: forward-looking statements
            message: "The forward-looking statements legend is missing."
        """;

    private static string WriteLegendRule(string dir, string missingFixture)
    {
        File.WriteAllText(Path.Combine(dir, "legends.yaml"), LegendRule);
        string fixtures = Path.Combine(dir, "fixtures", "legend.forward-looking");
        Directory.CreateDirectory(fixtures);
        File.WriteAllText(Path.Combine(fixtures, "missing.md"), missingFixture);
        File.WriteAllText(Path.Combine(fixtures, "present.md"),
            "<!-- ok: legend.forward-looking -->\nThis prospectus contains forward-looking statements.\n");
        return Path.Combine(fixtures, "missing.md");
    }

    [Fact]
    public void A_new_legend_rule_with_fixtures_passes_rules_test()
    {
        string dir = TempDir();
        WriteLegendRule(dir, "<!-- expect: legend.forward-looking -->\n# Cover\n\nWe are offering shares of common stock.\n");
        var (exit, output, _) = Run("rules", "test", dir);
        output.ShouldContain("2 fixture(s), 0 failed; 1 of 1 rule(s) have fixtures");
        exit.ShouldBe(ExitCodes.Clean);
    }

    [Fact]
    public void A_broken_fixture_fails_naming_the_fixture_line_and_both_rule_ids()
    {
        string dir = TempDir();
        // The marker points at line 5, but a missing legend is reported at the first line of text (line 2).
        WriteLegendRule(dir, "\nWe are offering shares of common stock.\n\n<!-- expect: legend.forward-looking -->\nMore text.\n");
        var (exit, output, _) = Run("rules", "test", dir);
        exit.ShouldBe(ExitCodes.Findings);
        string fixture = Path.Combine(dir, "fixtures", "legend.forward-looking", "missing.md");
        output.ShouldContain($"{fixture}:5: expected legend.forward-looking, got nothing");
        output.ShouldContain($"{fixture}:2: expected nothing, got legend.forward-looking");
    }

    [Fact]
    public void A_marker_naming_no_loaded_rule_fails_with_a_suggestion()
    {
        string dir = TempDir();
        string fixture = WriteLegendRule(dir, "<!-- expect: legend.forward-looking -->\nNo legend here.\n\n<!-- ok: legend.forward-lookin -->\nMore.\n");
        var (exit, output, _) = Run("rules", "test", dir);
        exit.ShouldBe(ExitCodes.Findings);
        output.ShouldContain($"{Path.Combine(dir, "fixtures", "legend.forward-looking", "missing.md")}:4: expected a loaded rule 'legend.forward-lookin', got no such rule; did you mean 'legend.forward-looking'?");
        fixture.ShouldEndWith("missing.md");
    }

    [Fact]
    public void Every_built_in_rule_has_passing_fixtures_with_a_failing_and_a_clean_case()
    {
        var (exit, output, error) = Run("rules", "test");
        error.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Clean, output);
        foreach (var rule in Seed.BuiltInRules.Definitions)
        {
            var results = RuleFixtures.Find(rule).Select(f => RuleFixtures.Run(new LintEngine(Seed.BuiltInRules), f)).ToList();
            results.ShouldNotBeEmpty(rule.Id);
            results.ShouldAllBe(r => r.Passed);
            // Invalid: some fixture expects the rule; valid: some fixture line or file is clean of it.
            results.ShouldContain(r => r.Markers.Any(m => m.Expected && m.RuleId == rule.Id), rule.Id);
            results.ShouldContain(r => r.Markers.Any(m => !m.Expected && m.RuleId == rule.Id) || r.Findings.All(f => f.RuleId != rule.Id), rule.Id);
        }
    }

    [Fact]
    public void Validate_reports_every_mistake_with_line_and_column()
    {
        string file = Path.Combine(TempDir(), "broken.yaml");
        File.WriteAllText(file, """
            rules:
              - id: t.one
                severity: eror
                description: d
                message: m
                require: { text: x }
              - id: t.two
                severity: error
                descripton: d
                message: m
                forbid: { text: y }
              - id: t.three
                severity: error
                description: d
                for: Offerings
                assert: it.Capp > 0
                message: m
            """);
        var (exit, _, error) = Run("rules", "validate", file);
        exit.ShouldBe(ExitCodes.Error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain(l => l.StartsWith($"{file}:3:15: error: severity 'eror'", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith($"{file}:9:5: error: unknown field 'descripton'; did you mean 'description'?", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith($"{file}:16:16: error: rule 't.three', assert: No property or field 'Capp' exists in type 'Offering'; did you mean 'Cap'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_a_good_file_exits_0()
    {
        string dir = TempDir();
        WriteLegendRule(dir, "x");
        var (exit, output, _) = Run("rules", "validate", Path.Combine(dir, "legends.yaml"));
        exit.ShouldBe(ExitCodes.Clean);
        output.ShouldContain("1 rule(s) in 1 file(s): no problems.");
    }

    [Fact]
    public void List_shows_every_built_in_rule_with_severity_and_source()
    {
        var (exit, output, _) = Run("rules", "list");
        exit.ShouldBe(ExitCodes.Clean);
        foreach (var rule in Seed.BuiltInRules.Definitions) output.ShouldContain(rule.Id);
        output.ShouldContain("source: Regulation S-K Item 501(b)(7)");
        // The id column is as wide as the longest id; the severity follows it.
        output.ShouldMatch(@"(?m)^terms\.unused +info +");
    }

    [Fact]
    public void Explain_shows_the_yaml_and_an_example_finding_from_the_fixtures()
    {
        var (exit, output, _) = Run("rules", "explain", "terms.inconsistent-agreement-name");
        exit.ShouldBe(ExitCodes.Clean);
        output.ShouldContain("    assert: it.IsDefinedTerm");
        output.ShouldContain("source: Securities Act Rule 421(b) and (d)");
        output.ShouldContain("other-name.md:4:");
        output.ShouldContain("“Sales Agreement” is not a defined term");
    }

    [Fact]
    public void Explain_names_the_document_kinds_as_rule_files_spell_them()
    {
        var (exit, output, _) = Run("rules", "explain", "legend.sec-no-approval");
        exit.ShouldBe(ExitCodes.Clean);
        output.ShouldContain("  applies to: prospectus, prospectus-supplement, registration-statement\n");
        // The same spelling as the rule's own YAML, printed below it.
        output.ShouldContain("applies-to: [prospectus, prospectus-supplement, registration-statement]");
    }

    [Fact]
    public void Explain_an_unknown_id_suggests_the_nearest()
    {
        var (exit, _, error) = Run("rules", "explain", "terms.unusd");
        exit.ShouldBe(ExitCodes.Error);
        error.ShouldContain("did you mean 'terms.unused'?");
    }
}
