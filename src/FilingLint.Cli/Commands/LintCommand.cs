using System.CommandLine;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Reporting;
using FilingLint.Rules;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint lint PATH...</c>: read, extract facts, check rules, report.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Filings or folders to lint (folders are searched recursively).", Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string[]>("--rules") { Description = "A rules file or folder, in addition to the built-in rules. Repeatable.", AllowMultipleArgumentsPerToken = false };
        var noBuiltIn = new Option<bool>("--no-builtin-rules") { Description = "Do not load the built-in rules." };
        var format = new Option<string>("--format") { Description = "Console output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.Names]);
        var html = new Option<string?>("--html") { Description = "Also write the HTML findings report to this file." };
        var template = new Option<string?>("--template") { Description = "A Scriban template (Liquid if it ends in .liquid) to render the HTML report with, instead of the built-in one." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var form = new Option<string?>("--form") { Description = "The form type (e.g. 424B5, S-3) to assume when the filing does not say." };
        var output = new Option<string[]>("--output") { Description = "Also write FORMAT=FILE (text, json, sarif, github, junit, html). Repeatable." };
        var baseline = new Option<string?>("--baseline") { Description = "Report and fail only on findings not in this baseline file." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record the current findings in this baseline file." };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit 1 when there are more warnings than this." };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out files matching this glob. Repeatable." };
        var changedSince = new Option<string?>("--changed-since") { Description = "Lint only files changed since this Git ref (git diff --name-only REF)." };
        var config = new Option<string?>("--config") { Description = "Use this configuration file instead of the nearest .filinglint.yml above each filing." };
        var noConfig = new Option<bool>("--no-config") { Description = "Ignore .filinglint.yml files." };
        // Rules are no longer compiled to a cached assembly (issue 15); the option stays so that scripts that pass it still run.
        var noCache = new Option<bool>("--no-cache") { Description = "No effect: kept for scripts written when compiled rules were cached.", Hidden = true };
        var maxFileSize = new Option<long>("--max-file-size") { Description = "Largest input file read, in bytes (default 100 MB).", DefaultValueFactory = _ => FilingLint.Documents.DocumentLoader.DefaultMaxBytes };
        var exhibits = new Option<bool>("--exhibits") { Description = "Also lint the exhibit documents (EX-...) of EDGAR full submissions; their findings give lines in the submission file." };
        var sarifRoot = new Option<string?>("--sarif-root") { Description = "SARIF file paths are relative to this folder (default: the Git repository's root, else the current folder)." };
        var deal = new Option<bool>("--deal") { Description = "Lint the filings given as one deal: each keeps its own findings, and the deal rules check that they tell the same story (agreements, dates, the program's figures)." };
        var explain = new Option<bool>("--explain") { Description = "Also show every rule's status for each file: passed, failed, skipped (and why) or errored, with its duration." };

        var command = new Command("lint", "Check filings against the rules and report findings.")
        {
            paths, rules, noBuiltIn, format, html, template, failOn, form,
            output, baseline, writeBaseline, maxWarnings, exclude, changedSince, explain, config, noConfig, noCache, maxFileSize, exhibits, sarifRoot, deal,
        };
        command.SetAction(parse =>
        {
            string failOnText = parse.GetValue(failOn)!;
            Severity? threshold = failOnText == "never" ? null : SeverityNames.TryParse(failOnText, out var s) ? s : Severity.Error;
            var options = new LintOptions(parse.GetValue(paths)!, parse.GetValue(rules) ?? [], !parse.GetValue(noBuiltIn),
                parse.GetValue(format)!, parse.GetValue(html), parse.GetValue(template), threshold, parse.GetValue(form))
            {
                Outputs = parse.GetValue(output) ?? [], BaselinePath = parse.GetValue(baseline), WriteBaselinePath = parse.GetValue(writeBaseline),
                MaxWarnings = parse.GetValue(maxWarnings), Excludes = parse.GetValue(exclude) ?? [], ChangedSince = parse.GetValue(changedSince),
                Explain = parse.GetValue(explain),
                ConfigPath = parse.GetValue(config),
                UseConfig = !parse.GetValue(noConfig),
                MaxFileBytes = parse.GetValue(maxFileSize),
                Exhibits = parse.GetValue(exhibits),
                SarifRoot = parse.GetValue(sarifRoot),
                Deal = parse.GetValue(deal),
            };
            return Run(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>The filings a configuration's <c>deal:</c> globs match, checked together by that configuration's deal rules.</summary>
    private static List<FileResult> ConfiguredDeals(IReadOnlyList<LintGroup> groups, List<FileResult> results)
    {
        foreach (var group in groups)
        {
            if (group.Config.Deal is null) continue;
            var members = results.Where(r => group.Files.Contains(r.Path) && group.Config.InDeal(r.Path)).ToList();
            if (members.Count == 0) continue;
            var checkedMembers = new DealCheck(group.Rules.Result).Apply(members);
            for (int i = 0; i < members.Count; i++) results[results.IndexOf(members[i])] = checkedMembers[i];
        }
        return results;
    }

    public static int Run(LintOptions options, TextWriter stdout, TextWriter stderr)
    {
        var plan = LintPlan.Prepare(options, stderr);
        if (plan is null) return ExitCodes.Error;
        if (InputFiles.Problem(options.Paths, options.Excludes) is { } globProblem)
        {
            stderr.WriteLine($"error: {globProblem}");
            return ExitCodes.Error;
        }
        var missing = new List<string>();
        var notes = new List<string>();
        var found = InputFiles.Expand(options.Paths, missing, options.Excludes, notes);
        foreach (var note in notes) stderr.WriteLine(note);
        if (found.Count == 0)
        {
            stderr.WriteLine(InputFiles.NothingFound(options.Paths, options.Excludes));
            return ExitCodes.Error;
        }
        // Found, but none changed since the ref: a pull request that touches no filing, which passes.
        var files = plan.Select(found);
        // The rules come from each file's .filinglint.yml (if any) plus the command line.
        if (options.TemplatePath is not null && !File.Exists(options.TemplatePath))
        {
            stderr.WriteLine($"{options.TemplatePath}:1:1: error: the template file does not exist");
            return ExitCodes.Error;
        }
        var groups = ConfiguredLint.Plan(options, files, stderr);
        if (groups is null) return ExitCodes.Error;
        if (!plan.OutputsAllowed(ReadFiles(options, found, groups), stderr)) return ExitCodes.Error;

        var started = DateTimeOffset.UtcNow;
        var results = ConfiguredLint.Run(groups, options, stderr);
        if (results is null) return ExitCodes.Error;
        RuleSet ruleSet = groups[0].Rules.Result;
        // The deal's rules are those of the first filing's configuration: one deal, one set of deal rules.
        FilingLint.Facts.Deal? deal = null;
        if (options.Deal)
        {
            var (checkedResults, built) = new DealCheck(ruleSet).Check(results);
            (results, deal) = ([.. checkedResults], built);
        }
        else results = ConfiguredDeals(groups, results);
        results.AddRange(missing.Select(m => LintEngine.Unreadable(m,
            FilingLint.Configuration.Glob.IsGlob(m) ? "no file FilingLint reads matches this glob" : "no such file or folder")));
        var run = new LintRun(results, ruleSet.Sources, started) { Deal = deal };

        int exit = plan.Finish(run, ruleSet, stdout, stderr);
        if (options.Explain && options.Format == "text") ExplainWriter.Write(run, stdout);
        return exit;
    }

    /// <summary>The files a run reads, which no output may be written over: every file found (linted or not), rules, configurations, template, baseline.</summary>
    private static IEnumerable<OutputTargets.Read> ReadFiles(LintOptions options, IEnumerable<string> found, IEnumerable<LintGroup> groups)
    {
        foreach (var file in found) yield return new(file, "an input");
        foreach (var rules in options.RulePaths.Concat(groups.SelectMany(g => g.Config.RulePaths)))
            foreach (var file in RuleSet.FilesAt(rules)) yield return new(file, "a rules file");
        foreach (var config in groups.SelectMany(g => g.Config.Files)) yield return new(config, "a configuration");
        if (options.ConfigPath is { } configPath) yield return new(configPath, "a configuration");
        if (options.TemplatePath is { } template) yield return new(template, "the template");
        if (options.BaselinePath is { } baseline) yield return new(baseline, "the baseline");
    }
}
