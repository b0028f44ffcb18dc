using System.CommandLine;
using System.Globalization;
using FilingLint.Accuracy;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Rules;

namespace FilingLint.Cli.Commands;

/// <summary>
/// <c>filinglint rules accuracy --labels FILE CORPUS...</c>: lints labelled corpora and prints, per rule and in total,
/// how many errors and warnings are true, false or not labelled yet, precision and recall; with <c>--write</c>, the
/// figures <c>rules list</c> shows; with <c>--update</c>, marks false findings that are gone as fixed.
/// </summary>
internal static partial class RulesAccuracyCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("corpus") { Description = "Folders (or files) of labelled filings.", Arity = ArgumentArity.OneOrMore };
        var labelsOption = new Option<string>("--labels") { Description = "The labels file (tab-separated: file rule line excerpt verdict want cause quote note).", Required = true };
        var write = new Option<string?>("--write") { Description = "Write the per-rule figures to this file (rules/accuracy.tsv for the built-in rules)." };
        var update = new Option<bool>("--update") { Description = "Mark labelled false findings that are no longer reported as fixed, in the labels file." };
        var unlabelledOut = new Option<string?>("--unlabelled") { Description = "Write the findings that have no label to this file, as label rows to fill in." };
        var rules = new Option<string[]>("--rules") { Description = "A rules file or folder, in addition to the built-in rules. Repeatable." };
        var deal = new Option<bool>("--deal") { Description = "Also lint each company's filings in a folder (the file-name prefix before the form: acme_8k_..., acme_424b5_...) as one deal, with their exhibits, and count the deal rules' findings (every deal rule gets a row, with 0 findings too)." };
        var command = new Command("accuracy", "Measure the rules' precision and recall on labelled corpora.") { paths, labelsOption, write, update, unlabelledOut, rules, deal };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(labelsOption)!, parse.GetValue(write), parse.GetValue(update),
            parse.GetValue(unlabelledOut), parse.GetValue(rules) ?? [], parse.GetValue(deal), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] corpora, string labelsPath, string? writePath, bool update, string? unlabelledPath, string[] rulePaths,
        bool deal, TextWriter stdout, TextWriter stderr)
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

        var engine = new LintEngine(set);
        var findings = Lint(engine, files);
        var report = deal
            ? AccuracyReport.Measure(findings.Concat(LintDeals(engine, set, files)), labels, DealRuleIds(set))
            : AccuracyReport.Measure(findings, labels);
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
            string comment = $"Measured by `filinglint rules accuracy{(deal ? " --deal" : "")}` with {Path.GetFileName(labelsPath)} on {files.Count} filings: do not edit by hand.\n" +
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

    /// <summary>The ids of the loaded deal rules (<c>scope: deal</c>).</summary>
    internal static IReadOnlyList<string> DealRuleIds(RuleSet set) =>
        set.Rules.Where(r => r.Definition.Scope == RuleScope.Deal).Select(r => r.Definition.Id).Distinct().ToList();

    /// <summary>
    /// The deals' findings alone: each company's filings of a folder (<see cref="DealGroups"/>), with their EDGAR
    /// exhibits, linted as one deal (as <c>lint --deal --exhibits</c> on them); what the deal check adds to the documents'
    /// own findings (the deal rules' findings, and a deal rule's <c>rule.error</c>), which the plain run does not give.
    /// </summary>
    internal static List<Finding> LintDeals(LintEngine engine, RuleSet set, IReadOnlyList<string> files)
    {
        var groups = DealGroups(files);
        var found = new List<Finding>[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, g =>
        {
            var results = groups[g].SelectMany(f => engine.Check(LintEngine.Prepare(f, null, DocumentLoader.DefaultMaxBytes, exhibits: true))).ToList();
            var own = results.SelectMany(r => r.Findings).ToHashSet(ReferenceEqualityComparer.Instance);
            found[g] = new DealCheck(set).Apply(results).SelectMany(r => r.Findings).Where(f => !own.Contains(f)).ToList();
        });
        return found.SelectMany(f => f).ToList();
    }

    /// <summary>
    /// The files grouped into deals: per folder, the files whose names start with the same words before the form
    /// (<c>acme_8k_2026-01-02.txt</c> and <c>acme_424b5_2026-01-03.txt</c> are the company <c>acme</c>); a name without
    /// a form among its words is a deal of its own. In file order.
    /// </summary>
    internal static List<List<string>> DealGroups(IReadOnlyList<string> files) =>
        files.GroupBy(f => (Path.GetDirectoryName(Path.GetFullPath(f)), Company(Path.GetFileName(f))))
            .Select(g => g.ToList()).ToList();

    /// <summary>The words of a file name before its form (<c>424b5</c>, <c>8k</c>, <c>8ka</c>, <c>s3asr</c>, <c>10q</c>...), or the whole name.</summary>
    internal static string Company(string fileName)
    {
        var words = Path.GetFileNameWithoutExtension(fileName).Split('_', '-', ' ', '.');
        int form = Array.FindIndex(words, w => FormWord().IsMatch(w));
        return form > 0 ? string.Join('_', words[..form]).ToLowerInvariant() : fileName;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:424b\d|s\d+[a-z]*|f\d+[a-z]*|8k[a-z]*|6k|10[kq][a-z]*|20f|def14a)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FormWord();

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
