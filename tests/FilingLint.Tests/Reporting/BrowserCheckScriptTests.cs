using System.Diagnostics;
using System.Security.Cryptography;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

/// <summary>
/// tests/browser/check-report.sh, which .ci/run runs, with a stand-in for Chromium (the real browser check is the
/// script's own job): a run must not leave docs/report-screenshot.png modified in the working tree.
/// </summary>
public class BrowserCheckScriptTests
{
    /// <summary>
    /// Answers the script's three calls as a browser whose page script ran: a screenshot file, and the report's DOM
    /// with the mark the report's script sets when it reaches its end.
    /// </summary>
    private const string FakeChromium = """
        #!/bin/sh
        page=""
        for a in "$@"; do case "$a" in file://*) page="${a#file://}" ;; esac; done
        for a in "$@"; do
          case "$a" in
            --screenshot=*) printf 'fake png' > "${a#--screenshot=}" ;;
            --dump-dom) sed 's/<html/<html data-report-script="ok"/' "$page" ;;
          esac
        done
        """;

    private static (int Exit, string Output) RunScript(string bin, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "tests", "browser", "check-report.sh"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["TMPDIR"] = Path.GetDirectoryName(bin);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    [Fact]
    public void The_check_writes_its_screenshot_outside_the_working_tree_unless_asked()
    {
        if (OperatingSystem.IsWindows()) return; // The script is for the Linux CI machine.
        string dir = Cli.CliRun.TempDir();
        string bin = Path.Combine(dir, "bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "chromium"), FakeChromium.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(Path.Combine(bin, "chromium"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string picture = Path.Combine(Repository.Root, "docs", "report-screenshot.png");
        byte[] before = SHA256.HashData(File.ReadAllBytes(picture));

        var (exit, output) = RunScript(bin);
        exit.ShouldBe(0, output);
        SHA256.HashData(File.ReadAllBytes(picture)).ShouldBe(before, "the run changed docs/report-screenshot.png");
        File.ReadAllText(Path.Combine(dir, "filinglint-report-screenshot.png")).ShouldBe("fake png");

        // Asked for, it goes where it is told.
        string wanted = Path.Combine(dir, "shots", "report.png");
        RunScript(bin, "--screenshot", wanted).Exit.ShouldBe(0);
        File.ReadAllText(wanted).ShouldBe("fake png");
    }
}
