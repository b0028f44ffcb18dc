using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FilingLint.Configuration;
using FilingLint.Engine;
using FilingLint.Rules;

namespace FilingLint.Cli.Commands;

/// <summary>
/// Applies <c>.filinglint.yml</c> to a lint run: each file gets the nearest configuration above it (or the one
/// given with <c>--config</c>); files sharing one share a compiled rule set. Command-line options win: <c>--rules</c>
/// adds to the configured rule paths, <c>--no-builtin-rules</c> drops the built-in sets, <c>--form</c> replaces the form.
/// </summary>
internal static class ConfiguredLint
{
    /// <summary>Groups the files by configuration and starts loading their rules; null (problems printed) when a configuration is wrong.</summary>
    public static List<LintGroup>? Plan(LintOptions options, IReadOnlyList<string> files, TextWriter stderr)
    {
        var problems = new List<RuleProblem>();
        var configs = new Dictionary<string, LintConfig>(StringComparer.Ordinal);
        LintConfig ConfigAt(string? path)
        {
            if (path is null) return LintConfig.Default;
            string key = Path.GetFullPath(path);
            if (!configs.TryGetValue(key, out var config))
            {
                if (!File.Exists(path)) problems.Add(new RuleProblem(path, 1, 1, "the configuration file does not exist"));
                configs[key] = config = File.Exists(path) ? ConfigLoader.Load(path, problems) : LintConfig.Default;
            }
            return config;
        }

        var byConfig = new Dictionary<LintConfig, List<string>>(ReferenceEqualityComparer.Instance);
        if (files.Count == 0) byConfig[ConfigAt(options.ConfigPath)] = [];
        foreach (var file in files)
        {
            var config = ConfigAt(options.ConfigPath ?? (options.UseConfig ? ConfigLoader.Find(file) : null));
            if (!byConfig.TryGetValue(config, out var list)) byConfig[config] = list = [];
            list.Add(file);
        }
        if (problems.Count > 0) return Fail(problems, stderr);

        var groups = new List<LintGroup>();
        var sets = new Dictionary<string, Task<RuleSet>>(StringComparer.Ordinal);
        foreach (var (config, groupFiles) in byConfig)
        {
            var paths = config.RulePaths.Concat(options.RulePaths).ToList();
            string key = $"{options.BuiltInRules}|{(config.BuiltIn is null ? "*" : string.Join(",", config.BuiltIn))}|{string.Join("|", paths.Select(Path.GetFullPath))}";
            // On a thread of its own, so the files are read while the rules load.
            if (!sets.TryGetValue(key, out var set))
                sets[key] = set = Task.Factory.StartNew(() => RuleSet.Load(paths, options.BuiltInRules, config.BuiltIn),
                    CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            groups.Add(new LintGroup(config, set, groupFiles));
        }
        return groups;
    }

    /// <summary>
    /// Lints every file. Reading a file and extracting its facts need no rules, so they start at once and overlap
    /// the loading of the rules; each file then waits for its rules. Null (problems printed) when the rules of any
    /// group have a problem: then nothing is reported as linted.
    /// </summary>
    public static List<FileResult>? Run(IReadOnlyList<LintGroup> groups, LintOptions options, TextWriter stderr)
    {
        // Plain loops and a class here, not LINQ over tuples: those generic instantiations are compiled at run time,
        // a few milliseconds of a one-file run.
        var work = new List<LintWork>();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
            foreach (var file in group.Files)
            {
                work.Add(new LintWork(group, file));
                order.TryAdd(file, order.Count);
            }
        var progress = ProgressBar.Wanted(stderr, work.Count) ? new ProgressBar(stderr, work.Count) : null;
        IEnumerable<FileResult> Lint(LintWork w)
        {
            var results = LintOne(w);
            progress?.Advance(w.File);
            return results;
        }
        IReadOnlyList<FileResult> LintOne(LintWork w)
        {
            if (groups.Any(g => g.Rules.IsFaulted)) return [];
            var prepared = LintEngine.Prepare(w.File, options.FormType ?? w.Group.Config.FormFor(w.File), options.MaxFileBytes,
                options.Exhibits || w.Group.Config.Exhibits == true);
            // Wait without throwing: rules that failed to load are reported once, after the run.
            ((IAsyncResult)w.Group.Rules).AsyncWaitHandle.WaitOne();
            if (!w.Group.Rules.IsCompletedSuccessfully) return [];
            return new LintEngine(w.Group.Rules.Result).Check(prepared).Select(w.Group.Config.Apply).ToList();
        }
        // One file (an editor, a pull request touching one filing) does not pay for starting parallel workers.
        var results = work.Count == 1 ? Lint(work[0]).ToList() : InParallel(work, Lint);
        progress?.Clear();
        if (!RulesLoaded(groups, stderr)) return null;
        // Back in the order the files were given, whatever configuration they fell under (stable: a submission's
        // exhibits keep their place after its primary document).
        return results.Count > 1 ? results.OrderBy(r => order.GetValueOrDefault(r.Path)).ToList() : results;
    }

    private sealed record LintWork(LintGroup Group, string File);

    /// <summary>
    /// Largest files first, one at a time to whichever core is free: a big filing started last would otherwise leave
    /// the other cores idle at the end. The caller puts the results back in order. A method of its own, so that a
    /// one-file run does not load the parallel libraries.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<FileResult> InParallel(List<LintWork> work, Func<LintWork, IEnumerable<FileResult>> lint) =>
        Partitioner.Create(work.OrderByDescending(w => SizeOf(w.File)), EnumerablePartitionerOptions.NoBuffering)
            .AsParallel().SelectMany(lint).ToList();

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>Waits for every group's rules and checks the rule ids its configuration names; false (problems printed) on any problem.</summary>
    private static bool RulesLoaded(IReadOnlyList<LintGroup> groups, TextWriter stderr)
    {
        var problems = new List<RuleProblem>();
        foreach (var group in groups)
        {
            try
            {
                ConfigLoader.CheckRuleIds(group.Config, group.Rules.GetAwaiter().GetResult(), problems);
            }
            catch (RuleLoadException e)
            {
                problems.AddRange(e.Problems);
            }
        }
        if (problems.Count == 0) return true;
        Fail(problems, stderr);
        return false;
    }

    private static List<LintGroup>? Fail(IEnumerable<RuleProblem> problems, TextWriter stderr)
    {
        var list = RuleLoading.Sorted(problems).ToList();
        foreach (var problem in list) stderr.WriteLine(problem);
        stderr.WriteLine($"{list.Count} problem(s) in the rules; nothing was linted.");
        return null;
    }
}
