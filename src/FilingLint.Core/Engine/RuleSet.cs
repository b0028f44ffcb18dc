using System.Reflection;
using FilingLint.Expressions;
using FilingLint.Rules;
using FilingLint.Rules.Checks;

namespace FilingLint.Engine;

/// <summary>
/// The rules of a run: the built-in sets (embedded in this assembly) and any rule files given, loaded,
/// checked for duplicate ids and compiled together. Construction fails with every problem listed.
/// </summary>
public sealed class RuleSet
{
    internal IReadOnlyList<CompiledRule> Rules { get; }
    internal IReadOnlyDictionary<CompiledRule, ITextCheck> TextChecks { get; }

    public IReadOnlyList<RuleDefinition> Definitions => Rules.Select(r => r.Definition).ToList();

    /// <summary>Names of the rule sets loaded: built-in set names and rule file paths.</summary>
    public IReadOnlyList<string> Sources { get; }

    private RuleSet(List<CompiledRule> rules, List<string> sources)
    {
        Rules = rules;
        Sources = sources;
        TextChecks = rules.Where(r => r.Definition.Require is not null || r.Definition.Forbid is not null)
            .ToDictionary(r => r, r => r.Definition.Require is { } req ? (ITextCheck)new RequireCheck(req) : new ForbidCheck(r.Definition.Forbid!));
    }

    /// <summary>The names of the built-in rule sets: sec, terms, dates, offering, ….</summary>
    public static IReadOnlyList<string> BuiltInSetNames() =>
        BuiltInFiles().Select(f => f.Name["rules/".Length..].Split('/')[0]).Distinct().ToList();

    /// <summary>The built-in rule files as (resource name, YAML text), in a stable order.</summary>
    public static IReadOnlyList<(string Name, string Yaml)> BuiltInFiles()
    {
        var assembly = typeof(RuleSet).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (n, reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>Loads the built-in rules (unless <paramref name="includeBuiltIn"/> is false) and the rule files or folders given.</summary>
    /// <exception cref="RuleLoadException">Any rule file has a problem; all problems are listed.</exception>
    /// <param name="paths">Rule files and folders.</param>
    /// <param name="includeBuiltIn">Whether to load built-in rules at all.</param>
    /// <param name="builtInSets">When given, only these built-in sets (e.g. <c>sec</c>, <c>terms</c>) are loaded.</param>
    /// <param name="cache">Where compiled rules are kept between runs; null compiles every time.</param>
    public static RuleSet Load(IEnumerable<string> paths, bool includeBuiltIn = true, IReadOnlyCollection<string>? builtInSets = null,
        CompiledRuleCache? cache = null) =>
        Load(paths, includeBuiltIn, builtInSets, cache, Environment.GetEnvironmentVariable("FILINGLINT_RULE_ENGINE") == "rulesengine");

    /// <summary>As <see cref="Load(IEnumerable{string}, bool, IReadOnlyCollection{string}?, CompiledRuleCache?)"/>, with the engine chosen.</summary>
    /// <param name="paths">Rule files and folders.</param>
    /// <param name="includeBuiltIn">Whether to load built-in rules at all.</param>
    /// <param name="builtInSets">When given, only these built-in sets are loaded.</param>
    /// <param name="cache">Where compiled C# rules are kept between runs; not used with RulesEngine.</param>
    /// <param name="rulesEngine">
    /// Evaluate with Microsoft RulesEngine instead of compiled C# (issue 15, while both engines exist: the parity tests
    /// compare them; <c>FILINGLINT_RULE_ENGINE=rulesengine</c> chooses it for a run).
    /// </param>
    internal static RuleSet Load(IEnumerable<string> paths, bool includeBuiltIn, IReadOnlyCollection<string>? builtInSets,
        CompiledRuleCache? cache, bool rulesEngine)
    {
        if (rulesEngine) cache = null; // the cache holds compiled C#; RulesEngine compiles in memory
        var problems = new List<RuleProblem>();
        var sources = new List<string>();
        // Read every rule file first; parse them only when the cache has not seen these exact texts before.
        var texts = new List<(string Name, string Yaml, string? RuleSet)>();
        if (includeBuiltIn)
        {
            foreach (var (name, yaml) in BuiltInFiles())
            {
                string set = name["rules/".Length..].Split('/')[0];
                if (builtInSets is not null && !builtInSets.Contains(set)) continue;
                texts.Add(("builtin:" + name["rules/".Length..], yaml, set));
                if (!sources.Contains("builtin:" + set)) sources.Add("builtin:" + set);
            }
        }
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => f, StringComparer.Ordinal).ToList()
                : new List<string> { path };
            if (files.Count == 0) problems.Add(new RuleProblem(path, 1, 1, "no rule files (*.yaml, *.yml) in this folder"));
            foreach (var file in files)
            {
                try
                {
                    if (new FileInfo(file).Length > RuleLoader.MaxRuleFileChars * 4L)
                    {
                        problems.Add(new RuleProblem(file, 1, 1, "the rules file is too large"));
                        continue;
                    }
                    texts.Add((file, File.ReadAllText(file), null));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new RuleProblem(file, 1, 1, $"cannot read rules file: {e.Message}"));
                    continue;
                }
                sources.Add(file);
            }
        }

        string? sourceKey = cache is not null && problems.Count == 0 ? CompiledRuleCache.SourceKeyFor(texts) : null;
        if (sourceKey is not null && cache!.TryLoadDefinitions(sourceKey) is { } known)
            return FromDefinitions(known, problems, sources, cache);
        var definitions = new List<RuleDefinition>();
        foreach (var (name, yaml, set) in texts) definitions.AddRange(RuleLoader.Load(name, yaml, problems, set));
        var ruleSet = FromDefinitions(definitions, problems, sources, cache, rulesEngine);
        // Only rules that loaded and compiled without a problem are remembered (FromDefinitions throws otherwise).
        if (sourceKey is not null) cache!.StoreDefinitions(sourceKey, definitions);
        return ruleSet;
    }

    internal static RuleSet FromDefinitions(List<RuleDefinition> definitions, List<RuleProblem> problems, List<string> sources, CompiledRuleCache? cache = null,
        bool rulesEngine = false)
    {
        var seen = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var d in definitions)
        {
            if (seen.TryGetValue(d.Id, out var first))
                problems.Add(new RuleProblem(d.File, d.Line, d.Column, $"duplicate rule id '{d.Id}'; first defined at {first.File}:{first.Line}:{first.Column}"));
            else seen[d.Id] = d;
        }
        // Compile the rules that loaded even when others did not, so one run reports every problem
        // (a YAML mistake in one rule and an expression mistake in another), as `rules validate` promises.
        var unique = definitions.Where(d => ReferenceEquals(seen[d.Id], d)).ToList();
        var compiled = rulesEngine ? RulesEngineCompiler.Compile(unique, problems) : RuleCompiler.Compile(unique, problems, cache);
        if (problems.Count > 0) throw new RuleLoadException(problems);
        return new RuleSet(compiled, sources);
    }
}
