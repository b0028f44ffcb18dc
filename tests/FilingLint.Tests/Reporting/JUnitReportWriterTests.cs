using System.Xml.Linq;
using FilingLint.Engine;
using FilingLint.Reporting;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

public class JUnitReportWriterTests
{
    [Fact]
    public void Seed_junit_parses_with_a_test_case_per_rule_and_failures_for_findings()
    {
        var run = SeedRuns.Of(Seed.Text);
        var xml = XDocument.Parse(SeedRuns.Render(new JUnitReportWriter(), run));
        var suite = xml.Root!.Elements("testsuite").ShouldHaveSingleItem();
        suite.Attribute("name")!.Value.ShouldBe(Seed.Path);
        var cases = suite.Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).ShouldBe(Seed.BuiltInRules.Definitions.Select(d => d.Id), ignoreOrder: true);
        var failed = cases.Where(c => c.Element("failure") is not null).Select(c => c.Attribute("name")!.Value).ToList();
        failed.ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"], ignoreOrder: true);
        int.Parse(xml.Root.Attribute("failures")!.Value).ShouldBe(2);
        int.Parse(xml.Root.Attribute("tests")!.Value).ShouldBe(cases.Count);
        cases.Single(c => c.Attribute("name")!.Value == "terms.inconsistent-agreement-name").Element("failure")!.Value
            .ShouldContain(":11:647: error terms.inconsistent-agreement-name");
    }

    [Fact]
    public void Control_characters_in_filing_text_do_not_break_the_xml()
    {
        var run = SeedRuns.Of(Seed.Text.ReplaceOnce("pursuant to the Sales Agreement", "pursuant to the Sales\u0001 Agreement and the Sales Agreement"));
        Should.NotThrow(() => XDocument.Parse(SeedRuns.Render(new JUnitReportWriter(), run)));
    }

    private static XElement Case(XElement suite, string name) => suite.Elements("testcase").Single(c => c.Attribute("name")!.Value == name);

    [Fact]
    public void Test_cases_carry_the_file_and_the_line_of_their_first_finding()
    {
        var xml = XDocument.Parse(SeedRuns.Render(new JUnitReportWriter(), SeedRuns.Of(Seed.Text)));
        var suite = xml.Root!.Element("testsuite")!;
        Case(suite, "terms.inconsistent-agreement-name").Attribute("line")!.Value.ShouldBe("11");
        Case(suite, "legend.rule-424b-header").Attribute("line")!.Value.ShouldBe("5");
        suite.Elements("testcase").ShouldAllBe(c => c.Attribute("file")!.Value == Seed.Path);
        // A rule without findings has no line to point at.
        suite.Elements("testcase").Where(c => c.Element("failure") == null).ShouldAllBe(c => c.Attribute("line") == null);
    }

    [Fact]
    public void Unreadable_inputs_and_rule_errors_are_errors_with_their_counts()
    {
        var rules = Rules.RuleFiles.Load("rules:\n  - id: a.throws\n    severity: warning\n    description: d\n    message: m\n    assert: Offerings[5].Cap > 0\n" +
            "  - id: a.fine\n    severity: info\n    description: d\n    message: fine\n    assert: false\n");
        var linted = new LintEngine(rules).Lint(Seed.Read(Seed.Text, Seed.Path));
        var run = new LintRun([linted, LintEngine.Unreadable("missing.txt", "no such file or folder")], [], DateTimeOffset.UnixEpoch);
        var xml = XDocument.Parse(SeedRuns.Render(new JUnitReportWriter(), run));

        var root = xml.Root!;
        (root.Attribute("tests")!.Value, root.Attribute("failures")!.Value, root.Attribute("errors")!.Value).ShouldBe(("3", "1", "2"));
        var suites = root.Elements("testsuite").ToList();
        suites.Select(s => s.Attribute("errors")!.Value).ShouldBe(["1", "1"]);

        // The rule that threw is an error in its own test case, not a passing case beside a failing 'rule.error' one.
        suites[0].Elements("testcase").Select(c => c.Attribute("name")!.Value).ShouldBe(["a.throws", "a.fine"]);
        var thrown = Case(suites[0], "a.throws");
        thrown.Element("failure").ShouldBeNull();
        var error = thrown.Element("error").ShouldNotBeNull();
        error.Attribute("type")!.Value.ShouldBe("rule.error");
        error.Attribute("message")!.Value.ShouldStartWith("rule 'a.throws' failed on this file: ");
        Case(suites[0], "a.fine").Element("failure").ShouldNotBeNull();

        var unreadable = Case(suites[1], "input.unreadable");
        unreadable.Element("failure").ShouldBeNull();
        unreadable.Element("error")!.Attribute("message")!.Value.ShouldBe("cannot read this file: no such file or folder");
        unreadable.Attribute("file")!.Value.ShouldBe("missing.txt");
        unreadable.Attribute("line")!.Value.ShouldBe("1");
    }
}
