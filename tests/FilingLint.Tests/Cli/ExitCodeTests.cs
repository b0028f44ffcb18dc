using System.Diagnostics;
using FilingLint.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Cli;

/// <summary>Exit codes the README promises for failures that are not findings: a rule that fails, output that cannot be written.</summary>
public class ExitCodeTests
{
    /// <summary>Standard output on a full disk: every write fails.</summary>
    private sealed class FullDisk : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("junit")]
    public void A_failed_write_to_standard_output_is_one_line_and_exit_2(string format)
    {
        var stderr = new StringWriter();
        int exit = Program.Run(["lint", Seed.Path, "--format", format], new FullDisk(), stderr);
        exit.ShouldBe(ExitCodes.Error);
        stderr.ToString().ShouldBe("error: cannot write to standard output: No space left on device\n");
    }

    [Fact]
    public void Redirected_to_dev_full_the_tool_says_so_in_one_line()
    {
        if (!File.Exists("/dev/full")) return; // Linux only; the in-process test above covers the rest.
        var start = new ProcessStartInfo("sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" lint \"$1\" > /dev/full");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "filinglint.dll"));
        start.ArgumentList.Add(Seed.Path);
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(ExitCodes.Error);
        error.ShouldBe("error: cannot write to standard output: No space left on device\n");
    }

    [Fact]
    public void A_rule_that_throws_is_exit_2_whatever_fail_on_says_and_the_other_findings_are_still_reported()
    {
        string rules = Rules.RuleFiles.Write("rules:\n  - id: a.throws\n    severity: info\n    description: d\n    message: m\n    assert: Offerings[5].Cap > 0\n");
        var (exit, output, _) = CliRun.Run("lint", Seed.Path, "--rules", rules);
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldContain("error rule.error: rule 'a.throws' failed on this file:");
        output.ShouldContain("error terms.inconsistent-agreement-name:");
        CliRun.Run("lint", Seed.Path, "--rules", rules, "--fail-on", "never").Exit.ShouldBe(ExitCodes.Error);
    }
}
