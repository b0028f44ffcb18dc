using FilingLint.Reporting;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

public class GithubReportWriterTests
{
    [Fact]
    public void Seed_gives_exactly_the_expected_workflow_commands()
    {
        string output = SeedRuns.Render(new GithubReportWriter(SeedRuns.BaseDirectory), SeedRuns.Of(Seed.Text));
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "::error file=seeds/003_5d95c712dadc11a9.txt,line=5,col=3,endLine=7,endColumn=3,title=legend.rule-424b-header::"
                + "The prospectus supplement does not state “Filed Pursuant to Rule 424(b)(N)” nor its registration number (No. 333-…)."
                + "%0Asuggestion: Add at the top of the cover page “Filed Pursuant to Rule 424(b)(N)” and “Registration No. 333-XXXXXX”.",
            "::error file=seeds/003_5d95c712dadc11a9.txt,line=11,col=647,endLine=11,endColumn=662,title=terms.inconsistent-agreement-name::"
                + "“Sales Agreement” is not a defined term; this agreement is defined as the “Equity Distribution Agreement”."
                + "%0Asuggestion: Equity Distribution Agreement",
        ]);
    }

    [Fact]
    public void Data_and_properties_are_escaped_as_the_runner_expects()
    {
        GithubReportWriter.Data("50% done\r\nnext: a,b").ShouldBe("50%25 done%0D%0Anext: a,b");
        GithubReportWriter.Property("dir:1,x%\n").ShouldBe("dir%3A1%2Cx%25%0A");
    }

    [Fact]
    public void Warnings_and_info_become_warning_and_notice_and_paths_are_escaped()
    {
        string rules = Rules.RuleFiles.Write("""
            rules:
              - id: t.warn
                severity: warning
                description: d
                message: "found {match}: 100%"
                forbid:
                  text: [Oppenheimer & Co. Inc.]
              - id: t.info
                severity: info
                description: d
                message: "seen {match}"
                forbid:
                  text: [at-the-market transactions]
            """);
        var set = global::FilingLint.Engine.RuleSet.Load([rules], includeBuiltIn: false);
        string dir = Path.Combine(Path.GetTempPath(), "filinglint-gh", Guid.NewGuid().ToString("N"), "a,b:c");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "f.txt");
        File.WriteAllText(path, Seed.Text);
        var result = new global::FilingLint.Engine.LintEngine(set).LintFile(path);
        var run = new LintRun([result], [], DateTimeOffset.UnixEpoch);
        var lines = SeedRuns.Render(new GithubReportWriter(Path.GetDirectoryName(dir)), run).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(l => l.StartsWith("::warning file=a%2Cb%3Ac/f.txt,line=11,", StringComparison.Ordinal) && l.EndsWith("title=t.warn::found Oppenheimer & Co. Inc.: 100%25", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("::notice file=a%2Cb%3Ac/f.txt,", StringComparison.Ordinal) && l.Contains("title=t.info::seen at-the-market transactions"));
    }

    [Fact]
    public void Job_summary_is_a_markdown_table_of_findings()
    {
        var summary = new StringWriter();
        new GithubReportWriter(SeedRuns.BaseDirectory).WriteSummary(SeedRuns.Of(Seed.Text), summary);
        string text = summary.ToString();
        text.ShouldStartWith("## FilingLint\n\n2 errors, 0 warnings, 0 info in 1 file\n");
        text.ShouldContain("| severity | rule | location | message |");
        text.ShouldContain("| error | `terms.inconsistent-agreement-name` | `seeds/003_5d95c712dadc11a9.txt:11:647` | “Sales Agreement” is not a defined term;");
    }
}
