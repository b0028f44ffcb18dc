using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Reporting;

namespace FilingLint.Cli.Commands;

/// <summary>
/// The lint command's reporting and gating, prepared before linting (so a bad <c>--output</c>, baseline or Git
/// ref fails fast with exit 2) and finished after it: file selection by <c>--changed-since</c>, the baseline,
/// the console format, every <c>--output FORMAT=FILE</c> (checked against the run's own files before the run, see
/// <see cref="OutputTargets"/>; written by <see cref="OutputFile"/>), the GitHub job summary, and the exit code from
/// <c>--fail-on</c> and <c>--max-warnings</c>.
/// </summary>
internal sealed class LintPlan
{
    private readonly LintOptions options;
    private readonly List<(string Format, OutputTargets.Target Target)> outputs;
    private readonly Baseline? baseline;
    private readonly IReadOnlySet<string>? changed;

    private LintPlan(LintOptions options, List<(string, OutputTargets.Target)> outputs, Baseline? baseline, IReadOnlySet<string>? changed)
    {
        this.options = options;
        this.outputs = outputs;
        this.baseline = baseline;
        this.changed = changed;
    }

    /// <summary>Machine formats give paths relative to this folder: where the command runs (the repository root in CI).</summary>
    private static string BaseDirectory => Directory.GetCurrentDirectory();

    /// <summary>Checks the options that need the file system or Git; null (after printing why) when one is wrong.</summary>
    public static LintPlan? Prepare(LintOptions options, TextWriter stderr)
    {
        var outputs = new List<(string, OutputTargets.Target)>();
        if (options.HtmlPath is not null) outputs.Add(("html", new($"--html {options.HtmlPath}", options.HtmlPath)));
        foreach (var spec in options.Outputs)
        {
            int eq = spec.IndexOf('=');
            string format = eq > 0 ? spec[..eq].Trim() : "";
            string path = eq > 0 ? spec[(eq + 1)..].Trim() : "";
            if (!ReportWriters.Exists(format) || path.Length == 0)
            {
                stderr.WriteLine($"error: --output '{spec}' must be FORMAT=FILE with FORMAT one of {string.Join(", ", ReportWriters.Names)}");
                return null;
            }
            outputs.Add((format, new($"--output {spec}", path)));
        }
        if (options.MaxWarnings is < 0)
        {
            stderr.WriteLine("error: --max-warnings must be 0 or more");
            return null;
        }
        Baseline? baseline = null;
        IReadOnlySet<string>? changed = null;
        try
        {
            if (options.BaselinePath is not null) baseline = Baseline.Load(options.BaselinePath);
        }
        catch (BaselineException e)
        {
            stderr.WriteLine(e.Message);
            return null;
        }
        try
        {
            if (options.ChangedSince is not null) changed = ChangedFiles.Since(options.ChangedSince);
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine($"error: --changed-since {options.ChangedSince}: {e.Message}");
            return null;
        }
        return new LintPlan(options, outputs, baseline, changed);
    }

    /// <summary>With <c>--changed-since</c>, only the files Git reports as changed.</summary>
    public List<string> Select(List<string> files) =>
        changed is null ? files : files.Where(f => changed.Contains(Path.GetFullPath(f))).ToList();

    /// <summary>
    /// Every file the lint writes (<c>--output</c>, <c>--html</c>, <c>--write-baseline</c>), refused (one line each,
    /// printed) when it is one of the files the run reads or when two would write one file; false then.
    /// </summary>
    public bool OutputsAllowed(IEnumerable<OutputTargets.Read> reads, TextWriter stderr)
    {
        var targets = outputs.Select(o => o.Target).ToList();
        if (options.WriteBaselinePath is { } written) targets.Add(new($"--write-baseline {written}", written, options.BaselinePath));
        var problems = OutputTargets.Problems(targets, reads);
        foreach (var problem in problems) stderr.WriteLine(problem);
        return problems.Count == 0;
    }

    /// <summary>Writes every report and returns the exit code. An output that cannot be written does not stop the others.</summary>
    public int Finish(LintRun run, RuleSet ruleSet, TextWriter stdout, TextWriter stderr)
    {
        bool written = true;
        if (options.WriteBaselinePath is { } baselinePath)
        {
            // The whole current set, including findings an older baseline accepted: it replaces that baseline.
            written &= TryWrite(baselinePath, w => Baseline.From(run, BaseDirectory).Write(w), "baseline", stderr);
        }
        IReadOnlyList<ReportedSuppression> accepted = [];
        if (baseline is not null) (run, accepted) = baseline.Apply(run, BaseDirectory, $"accepted in the baseline {options.BaselinePath}");
        // Findings silenced by comments in the filing are reported as SARIF "inSource" suppressions.
        accepted = accepted.Concat(run.Files.SelectMany(file =>
        {
            var findings = file.Suppressed.Select(s => s.Finding).ToList();
            var fingerprints = Fingerprint.ForFindings(findings, file.Document);
            return file.Suppressed.Select((s, i) => new ReportedSuppression(s.Finding, fingerprints[i], "inSource", s.Reason));
        })).ToList();

        var context = new ReportContext(ruleSet, options.TemplatePath, BaseDirectory, SarifRoot.Resolve(options.SarifRoot), accepted,
            Color: OutputGuard.IsConsole(stdout) && TextReportWriter.ColorWanted(), Warnings: stderr);
        ReportWriters.Create(options.Format, context).Write(run, stdout);
        foreach (var (format, target) in outputs)
        {
            var writer = ReportWriters.Create(format, context with { Color = false });
            written &= TryWrite(target.Path, w => writer.Write(run, w), format == "html" ? "HTML report" : format + " report", stderr);
        }
        // The job summary goes with the annotations the runner reads from standard output, not with a github file.
        if (options.Format == "github"
            && Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            try
            {
                using var append = new StreamWriter(summary, append: true, new System.Text.UTF8Encoding(false));
                new GithubReportWriter(BaseDirectory).WriteSummary(run, append);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{summary}:1:1: error: cannot append the job summary: {e.Message}");
                written = false;
            }
        }
        if (!written) return ExitCodes.Error;

        // A rule that failed leaves its file unchecked by it: as an unreadable file, whatever the other findings.
        if (run.Files.Any(r => r.IsUnreadable) || run.AllFindings.Any(f => f.RuleId == WellKnownRules.RuleError)) return ExitCodes.Error;
        if (options.FailOn is { } threshold && run.AllFindings.Any(f => f.Severity >= threshold)) return ExitCodes.Findings;
        if (options.MaxWarnings is { } max && run.Warnings > max)
        {
            stderr.WriteLine($"{run.Warnings} warnings, more than --max-warnings {max}");
            return ExitCodes.Findings;
        }
        return ExitCodes.Clean;
    }

    private static bool TryWrite(string path, Action<TextWriter> write, string what, TextWriter stderr)
    {
        try
        {
            OutputFile.Write(path, write);
            return true;
        }
        catch (Reporting.TemplateException e)
        {
            stderr.WriteLine($"{e.File}:{e.Line}:{e.Column}: error: cannot write the {what}: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{path}:1:1: error: cannot write the {what}: {e.Message}");
            return false;
        }
    }
}
