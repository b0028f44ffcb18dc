using System.CommandLine;
using System.Globalization;
using FilingLint.Accuracy;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;

namespace FilingLint.Cli.Commands;

/// <summary>
/// <c>filinglint rules accuracy --labels FILE CORPUS...</c>: lints labelled corpora and prints, per rule and in total,
/// how many errors and warnings are true, false or not labelled yet, precision and recall; with <c>--write</c>, the
/// figures <c>rules list</c> shows; with <c>--update</c>, marks false findings that are gone as fixed.
/// </summary>
internal static class RulesAccuracyCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("corpus") { Description = "Folders (or files) of labelled filings.", Arity = ArgumentArity.OneOrMore };
        var labelsOption = new Option<string>("--labels") { Description = "The labels file (tab-separated: file rule line excerpt verdict want cause quote note).", Required = true };
        var write = new Option<string?>("--write") { Description = "Write the per-rule figures to this file (rules/accuracy.tsv for the built-in rules)." };
        var update = new Option<bool>("--update") { Description = "Mark labelled false findings that are no longer reported as fixed, in the labels file." };
        var unlabelledOut = new Option<string?>("--unlabelled") { Description = "Write the findings that have no label to this file, as label rows to fill in." };
        var rules = new Option<string[]>("--rules") { Description = "A rules file or folder, in addition to the built-in rules. Repeatable." };
        var command = new Command("accuracy", "Measure the rules' precision and recall on labelled corpora.") { paths, labelsOption, write, update, unlabelledOut, rules };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(labelsOption)!, parse.GetValue(write), parse.GetValue(update),
            parse.GetValue(unlabelledOut), parse.GetValue(rules) ?? [], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] corpora, string labelsPath, string? writePath, bool update, string? unlabelledPath, string[] rulePaths,
        TextWriter stdout, TextWriter stderr)
    {
        LabelSet labels;
        try
        {
            labels = LabelSet.Load(labelsPath);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(e is FormatException ? $"error: {e.Message}" : $"{labelsPath}:1:1: error: cannot read the labels: {e.Message}");
            return ExitCodes.Error;
        }
        var missing = new List<string>();
        var files = InputFiles.Expand(corpora, missing)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var m in missing) stderr.WriteLine($"error: no such file or folder: {m}");
        if (missing.Count > 0 || files.Count == 0)
        {
            if (files.Count == 0) stderr.WriteLine("error: no filings to measure on");
            return ExitCodes.Error;
        }
        var set = RuleLoading.TryLoad(rulePaths, builtIn: true, stderr);
        if (set is null) return ExitCodes.Error;

        var findings = Lint(new LintEngine(set), files);
        var report = AccuracyReport.Measure(findings, labels);
        Print(report, files.Count, labelsPath, stdout);

        if (update)
        {
            var gone = report.Drift.Where(d => d.Label.Verdict == Verdict.False && d.Problem.StartsWith("this false finding", StringComparison.Ordinal))
                .Select(d => d.Label).ToHashSet();
            File.WriteAllText(labelsPath, Comments(labelsPath) + LabelSet.Format(labels.Labels.Select(l => gone.Contains(l) ? l with { Verdict = Verdict.Fixed } : l)));
            stdout.WriteLine($"{gone.Count} false finding(s) no longer reported, marked fixed in {labelsPath}");
        }
        if (unlabelledPath is not null)
        {
            File.WriteAllText(unlabelledPath, LabelSet.Format(report.Unlabelled.Select(f => new Label(LabelKey.FileOf(f.Path), f.RuleId, f.Location.Line,
                f.Excerpt, Verdict.False, null, "?", "", $"{f.Severity.ToName()} {f.Location.Line}:{f.Location.Column} {f.Message}"))));
            stdout.WriteLine($"{report.Unlabelled.Count} unlabelled finding(s) written to {unlabelledPath}");
        }
        if (writePath is not null)
        {
            string comment = $"Measured by `filinglint rules accuracy` with {Path.GetFileName(labelsPath)} on {files.Count} filings: do not edit by hand.\n" +
                "precision = true / labelled errors and warnings of the rule; recall = defects found / (found + misses).";
            File.WriteAllText(writePath, RuleAccuracy.Format(report.Rules, comment));
            stdout.WriteLine($"figures written to {writePath}");
        }
        return report.Unlabelled.Count > 0 || report.Drift.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>Every finding of every file, linted two at a time (the machine's cores), in file order.</summary>
    internal static List<Finding> Lint(LintEngine engine, IReadOnlyList<string> files)
    {
        var results = new IReadOnlyList<FileResult>[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = engine.Check(LintEngine.Prepare(files[i], null, DocumentLoader.DefaultMaxBytes, exhibits: false)));
        return results.SelectMany(r => r).SelectMany(r => r.Findings).ToList();
    }

    private static string Comments(string path) =>
        string.Concat(File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).Select(l => l + "\n"));

    private static void Print(AccuracyReport report, int fileCount, string labelsPath, TextWriter stdout)
    {
        static string P(double? v) => v is { } x ? RuleAccuracy.Percent(x) : "-";
        int width = Math.Max(4, report.Rules.Count == 0 ? 0 : report.Rules.Max(r => r.Rule.Length));
        stdout.WriteLine($"{"rule".PadRight(width)}  severity  findings  true  false  unlabelled  misses  precision  recall");
        foreach (var r in report.Rules)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Rule.PadRight(width)}  {r.Severity?.ToName() ?? "-",-8}  {r.Findings,8}  {r.True,4}  {r.False + r.OverSevere,5}  {r.Unlabelled,10}  {r.Misses,6}  {P(r.Precision),9}  {P(r.Recall),6}"));
        }
        stdout.WriteLine();
        stdout.WriteLine($"errors:   {report.Errors.Findings} findings, {report.Errors.True} true, {report.Errors.Unlabelled} unlabelled: precision {P(report.Errors.Precision)}");
        stdout.WriteLine($"warnings: {report.Warnings.Findings} findings, {report.Warnings.True} true, {report.Warnings.Unlabelled} unlabelled: precision {P(report.Warnings.Precision)}");
        stdout.WriteLine($"recall:   {report.Found} of {report.Defects} recorded real defects reported as errors or warnings: {P(report.Recall)}");
        stdout.WriteLine($"({fileCount} filings, labels from {labelsPath}; over-severe true findings count as false)");
        foreach (var f in report.Unlabelled)
            stdout.WriteLine($"unlabelled: {LabelKey.FileOf(f.Path)}:{f.Location.Line}:{f.Location.Column}: {f.Severity.ToName()} {f.RuleId}: {LabelKey.Normalize(f.Excerpt)}");
        foreach (var (label, problem) in report.Drift)
            stdout.WriteLine($"{labelsPath}:{label.SourceLine}: {problem}: {label.File}:{label.Line} {label.Rule} “{LabelKey.Normalize(label.Excerpt)}”");
    }
}
