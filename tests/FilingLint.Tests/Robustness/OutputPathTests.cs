using System.Diagnostics;
using System.Text.Json;
using FilingLint.Cli;
using FilingLint.Configuration;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Output paths as an attacker (or a slip of the keyboard) gives them. Before: <c>--output json=/dev/null</c> or a
/// symlinked output was replaced by a regular file (a temporary file renamed over it), <c>--output json=rules.yaml</c>
/// overwrote the rules, two outputs to one path overwrote each other silently, and a run stopped mid-write left its
/// temporary file behind.
/// </summary>
public class OutputPathTests
{
    private static string TempDir() => CliRun.TempDir();

    private static bool IsJson(string text)
    {
        using var json = JsonDocument.Parse(text);
        return json.RootElement.TryGetProperty("files", out _);
    }

    private static string[] TempFilesIn(string dir) => Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories);

    [UnixFact]
    public void A_device_is_written_through_not_replaced()
    {
        // A device of our own when we may make one: as root, a fault would otherwise replace the machine's /dev/null.
        string dir = TempDir();
        string device = Path.Combine(dir, "null");
        if (!UnixOnly.Run("mknod", device, "c", "1", "3")) device = "/dev/null";
        var (exit, _, err) = CliRun.Run("lint", Seed.Path, "--output", $"json={device}");
        err.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Findings);
        SpecialFile.Is(device).ShouldBeTrue();
        TempFilesIn(dir).ShouldBeEmpty();
    }

    [UnixFact]
    public void A_named_pipe_is_written_through_to_its_reader()
    {
        string dir = TempDir();
        string fifo = Path.Combine(dir, "report.json");
        UnixOnly.Run("mkfifo", fifo).ShouldBeTrue();
        var reader = Task.Factory.StartNew(() => File.ReadAllText(fifo), TaskCreationOptions.LongRunning);
        var (exit, _, err) = CliRun.Run("lint", Seed.Path, "--output", $"json={fifo}");
        err.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Findings);
        reader.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        IsJson(reader.Result).ShouldBeTrue();
        SpecialFile.Is(fifo).ShouldBeTrue();
    }

    [UnixFact]
    public void A_symbolic_link_is_written_through_and_stays_a_link()
    {
        string dir = TempDir();
        string target = Path.Combine(dir, "reports", "latest.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "old");
        string link = Path.Combine(dir, "report.json");
        File.CreateSymbolicLink(link, target);
        string dangling = Path.Combine(dir, "report.sarif");
        File.CreateSymbolicLink(dangling, Path.Combine(dir, "reports", "new.sarif"));

        var (exit, _, err) = CliRun.Run("lint", Seed.Path, "--output", $"json={link}", "--output", $"sarif={dangling}");
        err.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Findings);
        new FileInfo(link).LinkTarget.ShouldBe(target);
        IsJson(File.ReadAllText(target)).ShouldBeTrue();
        new FileInfo(dangling).LinkTarget.ShouldNotBeNull();
        File.ReadAllText(Path.Combine(dir, "reports", "new.sarif")).ShouldContain("\"version\": \"2.1.0\"");
    }

    /// <summary>Each file a run reads, as an output path: refused before anything is linted, the file unchanged.</summary>
    [Theory]
    [InlineData("an input")]
    [InlineData("a rules file")]
    [InlineData("a rules file in a rules folder")]
    [InlineData("the configuration given")]
    [InlineData("a configuration extended")]
    [InlineData("the template")]
    [InlineData("the baseline")]
    public void A_file_the_run_reads_is_refused_as_an_output(string what)
    {
        string dir = TempDir();
        string filing = Path.Combine(dir, "filing.txt");
        File.Copy(Seed.Path, filing);
        string rules = Rules.RuleFiles.Write("rules:\n  - id: x.custom\n    severity: info\n    description: d\n    message: m\n    assert: \"true\"\n");
        string rulesFolder = Path.GetDirectoryName(rules)!;
        string parent = Path.Combine(dir, "base.yml");
        File.WriteAllText(parent, "form: 424B5\n");
        string config = Path.Combine(dir, ".filinglint.yml");
        File.WriteAllText(config, "extends: base.yml\n");
        string template = Path.Combine(dir, "t.sbn");
        File.WriteAllText(template, "{{ files.size }}");
        string baseline = Path.Combine(dir, "baseline.json");
        CliRun.Run("lint", filing, "--write-baseline", baseline).Exit.ShouldBe(ExitCodes.Findings);

        var (args, victim) = what switch
        {
            "an input" => ((string[])[], filing),
            "a rules file" => (["--rules", rules], rules),
            "a rules file in a rules folder" => (["--rules", rulesFolder], rules),
            "the configuration given" => (["--config", config], config),
            "a configuration extended" => ([], parent),
            "the template" => (["--template", template, "--html", Path.Combine(dir, "r.html")], template),
            _ => (["--baseline", baseline], baseline),
        };
        string before = File.ReadAllText(victim);
        var (exit, output, err) = CliRun.Run(["lint", filing, .. args, "--output", $"json={victim}"]);
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldBeEmpty();
        err.Trim().ShouldBe($"error: refusing --output json={victim}: {victim} is {(what.StartsWith("a rules", StringComparison.Ordinal) ? "a rules file" : what.StartsWith("the configuration", StringComparison.Ordinal) || what.StartsWith("a configuration", StringComparison.Ordinal) ? "a configuration" : what)} of this run");
        File.ReadAllText(victim).ShouldBe(before);
    }

    [UnixFact]
    public void A_link_to_a_file_the_run_reads_is_refused_as_an_output()
    {
        string dir = TempDir();
        string filing = Path.Combine(dir, "filing.txt");
        File.Copy(Seed.Path, filing);
        string link = Path.Combine(dir, "out", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, "../filing.txt");
        var (exit, _, err) = CliRun.Run("lint", filing, "--output", $"json={link}");
        exit.ShouldBe(ExitCodes.Error);
        err.Trim().ShouldBe($"error: refusing --output json={link}: {link} is an input of this run ({filing})");
        File.ReadAllText(filing).ShouldBe(Seed.Text);
    }

    /// <summary>The second output names the first one's file another way (DIR is a fresh folder).</summary>
    [Theory]
    [InlineData("--output", "sarif=DIR/./out.json")]
    [InlineData("--html", "DIR/out.json")]
    [InlineData("--write-baseline", "DIR/sub/../out.json")]
    public void Two_outputs_to_one_file_are_refused(string option, string value)
    {
        string dir = TempDir();
        string json = Path.Combine(dir, "out.json");
        var (exit, output, err) = CliRun.Run("lint", Seed.Path, "--output", $"json={json}", option, value.Replace("DIR", dir));
        exit.ShouldBe(ExitCodes.Error);
        output.ShouldBeEmpty();
        string line = err.Trim();
        line.ShouldStartWith("error: refusing ");
        line.ShouldEndWith(" writes the same file");
        line.ShouldContain($"--output json={json}");
        line.ShouldContain($"{option} {value.Replace("DIR", dir)}");
        line.ShouldNotContain("\n");
        File.Exists(json).ShouldBeFalse();
    }

    [Fact]
    public void A_baseline_may_be_refreshed_in_place()
    {
        string dir = TempDir();
        string baseline = Path.Combine(dir, "baseline.json");
        CliRun.Run("lint", Seed.Path, "--write-baseline", baseline).Exit.ShouldBe(ExitCodes.Findings);
        var (exit, _, err) = CliRun.Run("lint", Seed.Path, "--baseline", baseline, "--write-baseline", baseline);
        err.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Clean);
        File.ReadAllText(baseline).ShouldContain("terms.inconsistent-agreement-name");
    }

    [Fact]
    public void A_failed_output_leaves_no_temporary_file_and_the_others_are_written()
    {
        string dir = TempDir();
        string template = Path.Combine(dir, "t.sbn");
        File.WriteAllText(template, "{{ files | no_such_function }}");
        string html = Path.Combine(dir, "out", "report.html");
        string json = Path.Combine(dir, "out", "report.json");
        var (exit, output, err) = CliRun.Run("lint", Seed.Path, "--template", template, "--html", html, "--output", $"json={json}");
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldContain("cannot write the HTML report");
        output.ShouldContain("2 errors");
        File.Exists(html).ShouldBeFalse();
        IsJson(File.ReadAllText(json)).ShouldBeTrue();
        TempFilesIn(dir).ShouldBeEmpty();
    }

    /// <summary>
    /// A run stopped while a report is being written (a template that never finishes, so the temporary file is there to
    /// be left behind): the signal ends the run and the temporary file goes with it.
    /// </summary>
    [UnixTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_run_stopped_mid_write_leaves_no_temporary_file(string signal)
    {
        string dir = TempDir();
        string template = Path.Combine(dir, "endless.sbn");
        File.WriteAllText(template, "{{ for i in 1..9000000 }}{{ for j in 1..9000000 }}{{ end }}{{ end }}");
        string outDir = Path.Combine(dir, "out");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "filinglint.dll"), "lint", Seed.Path, "--template", template,
            "--html", Path.Combine(outDir, "report.html")])
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var waited = Stopwatch.StartNew();
            while ((!Directory.Exists(outDir) || TempFilesIn(outDir).Length == 0) && waited.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
                Thread.Sleep(50);
            TempFilesIn(outDir).ShouldNotBeEmpty();
            UnixOnly.Run("kill", "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBeTrue();
            process.WaitForExit(30_000).ShouldBeTrue();
            TempFilesIn(outDir).ShouldBeEmpty();
            File.Exists(Path.Combine(outDir, "report.html")).ShouldBeFalse();
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }
}
