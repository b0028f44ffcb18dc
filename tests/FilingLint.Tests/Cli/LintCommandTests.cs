using System.Text.Json;
using FilingLint.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Cli;

public class LintCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    private static string TempDir() => CliRun.TempDir();

    [Fact]
    public void Seed_text_output_and_exit_code_1()
    {
        var (exit, output, _) = Run("lint", Seed.Path);
        exit.ShouldBe(ExitCodes.Findings);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain($"{Seed.Path}:11:647: error terms.inconsistent-agreement-name: “Sales Agreement” is not a defined term; this agreement is defined as the “Equity Distribution Agreement”.");
        lines.ShouldContain(l => l.StartsWith($"{Seed.Path}:5:3: error legend.rule-424b-header: ", StringComparison.Ordinal));
        lines[^1].ShouldBe("2 errors, 0 warnings, 0 info in 1 file");
    }

    [Fact]
    public void Corrected_seed_exits_0_and_fail_on_never_ignores_findings()
    {
        string dir = TempDir();
        string corrected = Path.Combine(dir, "corrected.txt");
        File.WriteAllText(corrected, Seed.Corrected);
        Run("lint", corrected).Exit.ShouldBe(ExitCodes.Clean);
        Run("lint", Seed.Path, "--fail-on", "never").Exit.ShouldBe(ExitCodes.Clean);
    }

    [Fact]
    public void Json_output_has_the_contract_shape()
    {
        var (exit, output, _) = Run("lint", Seed.Path, "--format", "json");
        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var file = json.RootElement.GetProperty("files").EnumerateArray().ShouldHaveSingleItem();
        file.GetProperty("path").GetString().ShouldBe(Seed.Path);
        var finding = file.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "terms.inconsistent-agreement-name");
        finding.EnumerateObject().Select(p => p.Name).ShouldBe(new[] { "ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "excerpt", "suggestion" });
        finding.GetProperty("line").GetInt32().ShouldBe(11);
        finding.GetProperty("endColumn").GetInt32().ShouldBe(finding.GetProperty("column").GetInt32() + 15);
        finding.GetProperty("suggestion").GetString().ShouldBe("Equity Distribution Agreement");
        var summary = json.RootElement.GetProperty("summary");
        (summary.GetProperty("files").GetInt32(), summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32()).ShouldBe((1, 2, 0));
    }

    [Fact]
    public void Broken_rules_file_exits_2_with_its_position()
    {
        string rules = Rules.RuleFiles.Write("rules:\n  - id: x.y\n    severity: error\n    description: d\n    message: m\n    assert: Offerings.Count >\n");
        var (exit, _, err) = Run("lint", Seed.Path, "--rules", rules);
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldContain(rules + ":6:");
    }

    [Fact]
    public void Unreadable_file_exits_2_after_reporting_the_others()
    {
        string dir = TempDir();
        File.Copy(Seed.Path, Path.Combine(dir, "a.txt"));
        File.WriteAllBytes(Path.Combine(dir, "b.txt"), new byte[] { 0, 1, 2, 3, 0 });
        var (exit, output, _) = Run("lint", dir);
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldContain("a.txt:11:647: error terms.inconsistent-agreement-name");
        output.ShouldContain("b.txt:1:1: error input.unreadable");
    }

    [Fact]
    public void Html_report_lists_findings_and_facts_and_escapes_filing_text()
    {
        string dir = TempDir();
        string hostile = Path.Combine(dir, "hostile.txt");
        File.WriteAllText(hostile, Seed.Text.ReplaceOnce("(“Oppenheimer”)", "(“Oppenheimer<script>window.pwned=true</script>”)"));
        string html = Path.Combine(dir, "out", "report.html");
        Run("lint", hostile, "--html", html).Exit.ShouldBe(1);
        string page = File.ReadAllText(html);
        page.ShouldContain("terms.inconsistent-agreement-name");
        page.ShouldContain("Equity Distribution Agreement");
        page.ShouldContain("$14,500,000");
        page.ShouldNotContain("<script>window.pwned");
        page.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public void Report_is_never_written_over_an_input()
    {
        string dir = TempDir();
        string input = Path.Combine(dir, "filing.txt");
        File.Copy(Seed.Path, input);
        var (exit, _, err) = Run("lint", input, "--html", input);
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldContain("refusing");
        File.ReadAllText(input).ShouldBe(Seed.Text);
    }

    [Fact]
    public void Custom_template_renders_the_model()
    {
        string dir = TempDir();
        string template = Path.Combine(dir, "t.sbn");
        File.WriteAllText(template, "{{ for f in files }}{{ f.path }}={{ for x in f.findings }}[{{ x.ruleId }}]{{ end }}{{ end }}");
        string html = Path.Combine(dir, "r.html");
        Run("lint", Seed.Path, "--html", html, "--template", template);
        File.ReadAllText(html).ShouldBe($"{Seed.Path}=[legend.rule-424b-header][terms.inconsistent-agreement-name]");
    }
}
