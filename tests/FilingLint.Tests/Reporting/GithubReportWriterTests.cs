using FilingLint.Engine;
using FilingLint.Findings;
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
            // Lines 5 to 7: the toolkit takes columns only on a one-line annotation.
            "::error file=seeds/003_5d95c712dadc11a9.txt,line=5,endLine=7,title=legend.rule-424b-header::"
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

    private static LintRun Synthetic(int errors, int warnings, int infos, int messageLength = 20)
    {
        // Interleaved, as findings come in file order, so the writer has to sort them by severity.
        var findings = new List<Finding>();
        int line = 1;
        for (int i = 0; i < Math.Max(errors, Math.Max(warnings, infos)); i++)
        {
            if (i < infos) findings.Add(At(Severity.Info, line++));
            if (i < warnings) findings.Add(At(Severity.Warning, line++));
            if (i < errors) findings.Add(At(Severity.Error, line++));
        }
        Finding At(Severity severity, int l) =>
            new($"t.{severity.ToName()}", severity, $"m{l} " + new string('x', messageLength), "f.txt", new Location(l, 2, l, 5), "x", null);
        return new LintRun([new FileResult("f.txt", findings, [], null, null)], [], DateTimeOffset.UnixEpoch);
    }

    private static string[] Lines(LintRun run) =>
        SeedRuns.Render(new GithubReportWriter(SeedRuns.BaseDirectory), run).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Annotations_are_capped_per_kind_most_severe_first_with_a_notice_of_what_was_left_out()
    {
        var lines = Lines(Synthetic(errors: 25, warnings: 3, infos: 15));
        lines.Select(l => l[..l.IndexOf(' ')]).ShouldBe(
            [.. Enumerable.Repeat("::error", 10), .. Enumerable.Repeat("::warning", 3), .. Enumerable.Repeat("::notice", 10)]);
        // The first ten errors in the order reported.
        lines[0].ShouldContain("::m3 ");
        lines[9].ShouldContain("::m23 ");
        lines[^1].ShouldBe("::notice title=FilingLint::15 errors, 6 notices not shown as annotations: GitHub shows 10 of each kind per step. "
            + "The job summary and the other output formats list every finding.");
    }

    [Fact]
    public void Up_to_the_limit_every_finding_is_an_annotation_and_nothing_is_said_about_limits()
    {
        var lines = Lines(Synthetic(errors: 10, warnings: 10, infos: 10));
        lines.Length.ShouldBe(30);
        lines.ShouldNotContain(l => l.Contains("not shown"));
    }

    [Fact]
    public void Job_summary_lists_every_finding_the_annotations_leave_out()
    {
        var summary = new StringWriter();
        new GithubReportWriter(SeedRuns.BaseDirectory).WriteSummary(Synthetic(errors: 25, warnings: 3, infos: 15), summary);
        summary.ToString().Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("`f.txt:")).ShouldBe(43);
    }

    [Fact]
    public void Job_summary_stays_under_githubs_size_limit_and_says_how_many_it_left_out()
    {
        var summary = new StringWriter();
        new GithubReportWriter(SeedRuns.BaseDirectory).WriteSummary(Synthetic(errors: 3000, warnings: 0, infos: 0, messageLength: 500), summary);
        string text = summary.ToString();
        System.Text.Encoding.UTF8.GetByteCount(text).ShouldBeLessThanOrEqualTo(1024 * 1024);
        int rows = text.Split('\n').Count(l => l.StartsWith("| error |", StringComparison.Ordinal));
        rows.ShouldBeGreaterThan(1000);
        text.ShouldContain($"\n{3000 - rows} more finding(s) left out: GitHub refuses a job summary over 1 MiB.");
    }
}
