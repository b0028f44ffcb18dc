using Shouldly;
using Xunit;

namespace FilingLint.Tests.Rules;

public class RuleLoaderTests
{
    [Fact]
    public void Malformed_yaml_names_the_file_line_and_column()
    {
        var p = RuleFiles.Problems("rules:\n  - id: a\n    severity: [error\n    message: x\n").ShouldHaveSingleItem();
        p.File.ShouldEndWith("custom.yaml");
        p.Line.ShouldBeGreaterThanOrEqualTo(3);
        p.Column.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Unknown_field_is_rejected_with_a_hint()
    {
        var p = RuleFiles.Problems("rules:\n  - id: a.b\n    severity: error\n    description: d\n    mesage: x\n    assert: true\n").ToList();
        p.ShouldContain(x => x.Line == 5 && x.Column == 5 && x.Message.Contains("unknown field 'mesage'") && x.Message.Contains("did you mean 'message'"));
    }

    [Fact]
    public void Missing_id_and_bad_severity_are_both_reported()
    {
        var p = RuleFiles.Problems("rules:\n  - severity: fatal\n    description: d\n    message: x\n    assert: true\n");
        p.ShouldContain(x => x.Message.Contains("missing required field 'id'") && x.Line == 2 && x.Column == 5);
        p.ShouldContain(x => x.Message.Contains("severity 'fatal'") && x.Line == 2 && x.Column == 15);
    }

    [Fact]
    public void Duplicate_ids_across_files_point_at_both()
    {
        string a = RuleFiles.Write(RuleFiles.AssertRule("true"));
        string b = RuleFiles.Write(RuleFiles.AssertRule("false"));
        var e = Should.Throw<FilingLint.Rules.RuleLoadException>(() => FilingLint.Engine.RuleSet.Load([a, b], includeBuiltIn: false));
        var p = e.Problems.ShouldHaveSingleItem();
        p.File.ShouldBe(b);
        p.Message.ShouldContain("duplicate rule id 't.rule'");
        p.Message.ShouldContain(a + ":2:5");
    }

    [Fact]
    public void Duplicate_id_against_a_built_in_rule()
    {
        string a = RuleFiles.Write(RuleFiles.AssertRule("true").Replace("t.rule", "terms.unused"));
        Should.Throw<FilingLint.Rules.RuleLoadException>(() => FilingLint.Engine.RuleSet.Load([a]))
            .Problems.ShouldHaveSingleItem().Message.ShouldContain("duplicate rule id 'terms.unused'");
    }

    [Fact]
    public void Expression_that_does_not_compile_points_into_the_expression()
    {
        var p = RuleFiles.Problems(RuleFiles.AssertRule("it.Cap > 0 && it.Capp > 0", "Offerings")).ShouldHaveSingleItem();
        p.Line.ShouldBe(6);
        // "    assert: " is 12 characters; the unknown member "Capp" starts at offset 17 of the value.
        p.Column.ShouldBe(13 + 17);
        p.Message.ShouldContain("Capp");
        p.Message.ShouldContain("did you mean 'Cap'");
    }

    [Fact]
    public void Misspelt_fact_name_gets_a_suggestion()
    {
        RuleFiles.Problems(RuleFiles.AssertRule("Offering.Count > 0")).ShouldHaveSingleItem()
            .Message.ShouldContain("did you mean 'Offerings'");
    }

    [Fact]
    public void Expression_cannot_break_out_of_its_slot()
    {
        RuleFiles.Problems(RuleFiles.AssertRule("\"true); } static void X() { System.IO.File.Delete(\\\"x\\\"); } static bool Y() { return (true\""))
            .ShouldHaveSingleItem().Message.ShouldStartWith("rule 't.rule', assert: ");
    }

    [Fact]
    public void Bad_regex_in_a_require_check_is_reported_at_its_position()
    {
        var p = RuleFiles.Problems("rules:\n  - id: a.b\n    severity: error\n    description: d\n    message: m\n    require:\n      patterns:\n        - 'ok'\n        - '(unclosed'\n").ShouldHaveSingleItem();
        (p.Line, p.Column).ShouldBe((9, 11));
        p.Message.ShouldContain("invalid regular expression");
    }

    [Fact]
    public void A_pattern_may_say_what_it_looks_for_in_plain_words()
    {
        const string rule = "rules:\n  - id: a.b\n    severity: error\n    description: d\n    message: 'lacks {match}'\n    require:\n      patterns:\n"
            + "        - pattern: 'criminal\\s+offen[cs]e'\n          means: the criminal offense warning\n        - 'approved\\s+or\\s+disapproved'\n";
        var f = Seed.Lint("PROSPECTUS\n\nWe sell shares.\n", RuleFiles.Load(rule)).Findings.ShouldHaveSingleItem();
        f.Message.ShouldBe("lacks the criminal offense warning; approved\\s+or\\s+disapproved");

        var p = RuleFiles.Problems(rule.Replace("          means: the criminal offense warning\n", "")).ShouldHaveSingleItem();
        p.Message.ShouldContain("needs both 'pattern'");
        p.Line.ShouldBe(8);
        RuleFiles.Problems(rule.Replace("means:", "mean:")).ShouldContain(q => q.Message.Contains("did you mean 'means'"));
    }

    [Fact]
    public void Aliases_are_refused()
    {
        var p = RuleFiles.Problems("rules:\n  - &a\n    id: a.b\n    severity: error\n    description: d\n    message: m\n    assert: true\n  - *a\n").ShouldHaveSingleItem();
        p.Line.ShouldBe(8);
        p.Message.ShouldContain("aliases");
    }

    [Fact]
    public void Message_holes_are_compiled_and_formatted()
    {
        var rules = RuleFiles.Load(RuleFiles.AssertRule("it.Cap < 1000", "Offerings", "\"cap {it.Cap:C0} of {it.AgreementName}, {{literal}}\""));
        var f = Seed.Lint(Seed.Text, rules).Findings.ShouldHaveSingleItem();
        f.Message.ShouldBe("cap $14,500,000 of Equity Distribution Agreement, {literal}");
        f.Excerpt.ShouldBe("$14,500,000");
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_rule_error_finding_and_others_still_run()
    {
        var rules = RuleFiles.Load("rules:\n  - id: a.throws\n    severity: warning\n    description: d\n    message: m\n    assert: Offerings[5].Cap > 0\n" +
            "  - id: a.fine\n    severity: info\n    description: d\n    message: fine\n    assert: false\n");
        var result = Seed.Lint(Seed.Text, rules);
        result.Findings.ShouldContain(f => f.RuleId == "rule.error" && f.Message.Contains("a.throws"));
        result.Findings.ShouldContain(f => f.RuleId == "a.fine");
    }

    [Theory]
    [InlineData("docs/house.agent.md")]
    [InlineData("file:///srv/house.agent.md")]
    public void Help_uri_must_be_an_absolute_web_address(string uri)
    {
        string rule = $"rules:\n  - id: a.b\n    severity: error\n    description: d\n    help-uri: {uri}\n    message: x\n    assert: true\n";
        var p = RuleFiles.Problems(rule).ShouldHaveSingleItem();
        (p.Line, p.Column).ShouldBe((5, 15));
        p.Message.ShouldContain("'help-uri' must be an absolute http or https address");
        RuleFiles.Load(rule.Replace(uri, "https://intranet.example.com/rules/a.b")).Definitions.Single().HelpUri
            .ShouldBe("https://intranet.example.com/rules/a.b");
    }
}
