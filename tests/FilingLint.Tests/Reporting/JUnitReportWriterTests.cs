using System.Xml.Linq;
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
}
