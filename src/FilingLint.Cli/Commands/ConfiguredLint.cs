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
    /// <summary>Groups the files by configuration and loads their rules; null (problems printed) when anything is wrong.</summary>
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
        var sets = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
        foreach (var (config, groupFiles) in byConfig)
        {
            var paths = config.RulePaths.Concat(options.RulePaths).ToList();
            string key = $"{options.BuiltInRules}|{(config.BuiltIn is null ? "*" : string.Join(",", config.BuiltIn))}|{string.Join("|", paths.Select(Path.GetFullPath))}";
            if (!sets.TryGetValue(key, out var set))
            {
                try
                {
                    sets[key] = set = RuleSet.Load(paths, options.BuiltInRules, config.BuiltIn,
                        options.NoCache ? null : Expressions.CompiledRuleCache.Default());
                }
                catch (RuleLoadException e)
                {
                    return Fail(e.Problems, stderr);
                }
            }
            ConfigLoader.CheckRuleIds(config, set, problems);
            groups.Add(new LintGroup(config, set, groupFiles));
        }
        return problems.Count > 0 ? Fail(problems, stderr) : groups;
    }

    public static List<FileResult> Run(IReadOnlyList<LintGroup> groups, LintOptions options)
    {
        var work = groups.SelectMany(g => g.Files.Select(f => (Group: g, File: f))).ToList();
        var engines = groups.ToDictionary(g => g, g => new LintEngine(g.Rules));
        var results = work.AsParallel().AsOrdered()
            .SelectMany(w => engines[w.Group].LintFiles(w.File, options.FormType ?? w.Group.Config.FormFor(w.File), options.MaxFileBytes,
                    options.Exhibits || w.Group.Config.Exhibits == true)
                .Select(w.Group.Config.Apply))
            .ToList();
        // Back in the order the files were given, whatever configuration they fell under.
        var order = groups.SelectMany(g => g.Files).Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i);
        return results.OrderBy(r => order.GetValueOrDefault(r.Path)).ToList();
    }

    private static List<LintGroup>? Fail(IEnumerable<RuleProblem> problems, TextWriter stderr)
    {
        var list = RuleLoading.Sorted(problems).ToList();
        foreach (var problem in list) stderr.WriteLine(problem);
        stderr.WriteLine($"{list.Count} problem(s) in the rules; nothing was linted.");
        return null;
    }
}
