using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using FilingLint.Cli;
using FilingLint.Cli.Commands;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Cli;

/// <summary>The lint command as a CI gate: several outputs, baselines, warning budgets and file selection.</summary>
public class GatingTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    private static string TempDir() => CliRun.TempDir();

    private static List<(string Rule, int Line)> JsonFindings(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32())).ToList();
    }

    [Fact]
    public void Baseline_accepts_the_old_findings_and_fails_only_on_a_new_one_after_lines_move()
    {
        string dir = TempDir();
        string filing = Path.Combine(dir, "filing.txt");
        string baseline = Path.Combine(dir, "baseline.json");
        File.WriteAllText(filing, Seed.Text);

        Run("lint", filing, "--write-baseline", baseline).Exit.ShouldBe(ExitCodes.Findings);
        using (var written = JsonDocument.Parse(File.ReadAllText(baseline)))
        {
            written.RootElement.GetProperty("version").GetInt32().ShouldBe(1);
            written.RootElement.GetProperty("findings").GetArrayLength().ShouldBe(2);
        }
        var clean = Run("lint", filing, "--baseline", baseline, "--format", "json");
        clean.Exit.ShouldBe(ExitCodes.Clean);
        JsonFindings(clean.Out).ShouldBeEmpty();

        // Lines inserted above both old findings, and a new wrong agreement name further down.
        File.WriteAllText(filing, "\n\n" + Seed.Text
            .ReplaceOnce("On August 11, 2020, we entered", "A new paragraph above the old finding.\n\nAnd a second one.\n\nOn August 11, 2020, we entered")
            .ReplaceOnce("The purpose of this Supplement", "Oppenheimer acted as agent under the Sales Agreement in every sale.\n\nThe purpose of this Supplement"));
        var after = Run("lint", filing, "--baseline", baseline, "--format", "json");
        after.Exit.ShouldBe(ExitCodes.Findings);
        JsonFindings(after.Out).ShouldBe([("terms.inconsistent-agreement-name", 19)]);
        // Without the baseline all three are there, the old ones on their new lines.
        JsonFindings(Run("lint", filing, "--format", "json").Out).ShouldBe(
            [("legend.rule-424b-header", 7), ("terms.inconsistent-agreement-name", 17), ("terms.inconsistent-agreement-name", 19)]);
    }

    [Fact]
    public void Bad_baseline_is_exit_2_with_its_position()
    {
        string dir = TempDir();
        string baseline = Path.Combine(dir, "baseline.json");
        File.WriteAllText(baseline, "{\n  \"findings\": [ oops ]\n}");
        var (exit, _, err) = Run("lint", Seed.Path, "--baseline", baseline);
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldStartWith(baseline + ":2:");
        Run("lint", Seed.Path, "--baseline", Path.Combine(dir, "missing.json")).Exit.ShouldBe(ExitCodes.Error);
    }

    [Fact]
    public void Several_outputs_at_once_beside_the_console_format()
    {
        string dir = TempDir();
        string sarif = Path.Combine(dir, "out", "findings.sarif");
        string junit = Path.Combine(dir, "out", "junit.xml");
        string html = Path.Combine(dir, "report.html");
        string github = Path.Combine(dir, "annotations.txt");
        var (exit, output, _) = Run("lint", Seed.Path, "--format", "json", "--output", $"sarif={sarif}", "--output", $"junit={junit}",
            "--output", $"html={html}", "--output", $"github={github}");
        exit.ShouldBe(ExitCodes.Findings);
        JsonFindings(output).Count.ShouldBe(2);
        File.ReadAllLines(github).ShouldAllBe(l => l.StartsWith("::error file=", StringComparison.Ordinal));
        using (var json = JsonDocument.Parse(File.ReadAllText(sarif)))
            json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBe(2);
        XDocument.Load(junit).Root!.Name.LocalName.ShouldBe("testsuites");
        File.ReadAllText(html).ShouldContain("terms.inconsistent-agreement-name");
        Directory.GetFiles(Path.Combine(dir, "out")).Select(Path.GetFileName).ShouldBe(["findings.sarif", "junit.xml"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("pdf=x.pdf")]
    [InlineData("sarif=")]
    public void Malformed_output_is_exit_2(string spec)
    {
        var (exit, _, err) = Run("lint", Seed.Path, "--output", spec);
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldContain("FORMAT=FILE");
    }

    [Fact]
    public void Max_warnings_fails_only_above_the_budget()
    {
        string rules = Rules.RuleFiles.Write("rules:\n  - id: t.agent\n    severity: warning\n    description: d\n    message: \"{match}\"\n    forbid:\n      text: [Oppenheimer]\n");
        int warnings = JsonFindings(Run("lint", Seed.Path, "--no-builtin-rules", "--rules", rules, "--format", "json").Out).Count;
        warnings.ShouldBeGreaterThan(1);
        Run("lint", Seed.Path, "--no-builtin-rules", "--rules", rules).Exit.ShouldBe(ExitCodes.Clean);
        Run("lint", Seed.Path, "--no-builtin-rules", "--rules", rules, "--max-warnings", warnings.ToString()).Exit.ShouldBe(ExitCodes.Clean);
        var over = Run("lint", Seed.Path, "--no-builtin-rules", "--rules", rules, "--max-warnings", (warnings - 1).ToString());
        over.Exit.ShouldBe(ExitCodes.Findings);
        over.Err.ShouldContain($"{warnings} warnings, more than --max-warnings {warnings - 1}");
    }

    [Fact]
    public void Globs_and_excludes_pick_files()
    {
        string dir = TempDir();
        foreach (var name in new[] { "a/one.txt", "a/b/two.txt", "a/b/skip.txt", "a/notes.bin", "c/three.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, name))!);
            File.WriteAllText(Path.Combine(dir, name), "text");
        }
        var missing = new List<string>();
        var files = InputFiles.Expand([Path.Combine(dir, "a") + "/**/*"], missing, ["**/skip.txt"]);
        missing.ShouldBeEmpty();
        files.Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).ShouldBe(["a/b/two.txt", "a/one.txt"]);
        InputFiles.Expand([Path.Combine(dir, "*.txt")], missing).ShouldBeEmpty();
        missing.ShouldHaveSingleItem();
    }

    [Fact]
    public void Changed_since_lists_changed_files_that_still_exist()
    {
        string repo = TempDir();
        void Git(params string[] args)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false" }.Concat(args)) start.ArgumentList.Add(a);
            using var p = Process.Start(start)!;
            p.WaitForExit();
            p.ExitCode.ShouldBe(0, p.StandardError.ReadToEnd());
        }
        Git("init", "-q");
        foreach (var name in new[] { "kept.txt", "changed.txt", "deleted.txt" }) File.WriteAllText(Path.Combine(repo, name), name);
        Git("add", ".");
        Git("commit", "-q", "-m", "base");
        File.WriteAllText(Path.Combine(repo, "changed.txt"), "new text");
        File.Delete(Path.Combine(repo, "deleted.txt"));
        var changed = ChangedFiles.Since("HEAD", repo);
        changed.Select(Path.GetFileName).ShouldBe(["changed.txt"]);
        Should.Throw<InvalidOperationException>(() => ChangedFiles.Since("no-such-ref", repo));
        Should.Throw<InvalidOperationException>(() => ChangedFiles.Since("--output=/tmp/x", repo));
    }

    [Fact]
    public void Github_format_appends_the_job_summary_and_redirected_text_has_no_colour()
    {
        string dir = TempDir();
        string summary = Path.Combine(dir, "summary.md");
        File.WriteAllText(summary, "earlier step\n");
        var (exit, output) = Tool(new() { ["GITHUB_STEP_SUMMARY"] = summary }, "lint", Seed.Path, "--format", "github");
        exit.ShouldBe(ExitCodes.Findings);
        output.ShouldContain("title=terms.inconsistent-agreement-name::");
        string text = File.ReadAllText(summary);
        text.ShouldStartWith("earlier step\n## FilingLint\n");
        text.ShouldContain("`terms.inconsistent-agreement-name`");

        var plain = Tool(new() { ["NO_COLOR"] = null }, "lint", Seed.Path);
        plain.Output.ShouldContain(":11:647: error terms.inconsistent-agreement-name:");
        plain.Output.ShouldNotContain("\u001b[");
    }

    /// <summary>Runs the built executable in its own process, for what depends on the environment and the console.</summary>
    private static (int Exit, string Output) Tool(Dictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "filinglint.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return (process.ExitCode, output);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        // Under the test host the entry assembly is the host, so run the real executable.
        var (exit, output) = Tool([], "--version");
        exit.ShouldBe(0);
        output.Trim().ShouldBe(FilingLint.Reporting.LintRun.ToolVersion);
    }
}
