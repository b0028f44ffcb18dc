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
    public static RuleSet Load(IEnumerable<string> paths, bool includeBuiltIn = true, IReadOnlyCollection<string>? builtInSets = null)
    {
        var problems = new List<RuleProblem>();
        var sources = new List<string>();
        var definitions = new List<RuleDefinition>();
        var workflowRules = new List<WorkflowFile.WorkflowRule>();
        if (includeBuiltIn)
        {
            foreach (var (name, yaml) in BuiltInFiles())
            {
                string set = name["rules/".Length..].Split('/')[0];
                if (builtInSets is not null && !builtInSets.Contains(set)) continue;
                definitions.AddRange(RuleLoader.Load("builtin:" + name["rules/".Length..], yaml, problems, set));
                if (!sources.Contains("builtin:" + set)) sources.Add("builtin:" + set);
            }
        }
        foreach (var path in paths)
        {
            var files = FilesAt(path);
            if (files.Count == 0) problems.Add(new RuleProblem(path, 1, 1, "no rule files (*.yaml, *.yml, RulesEngine workflows *.json) in this folder"));
            foreach (var file in files)
            {
                string yaml;
                try
                {
                    yaml = Configuration.UserFile.ReadAllText(file, RuleLoader.MaxRuleFileChars * 4L);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new RuleProblem(file, 1, 1, $"cannot read rules file: {e.Message}"));
                    continue;
                }
                if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) workflowRules.AddRange(WorkflowFile.Load(file, yaml, problems));
                else definitions.AddRange(RuleLoader.Load(file, yaml, problems, null));
                sources.Add(file);
            }
        }
        return FromDefinitions(definitions, problems, sources, workflowRules);
    }

    /// <summary>The rule files a rules path names: the file itself, or a folder's YAML files and RulesEngine workflows.</summary>
    internal static List<string> FilesAt(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                    || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && WorkflowFile.LooksLikeWorkflows(f))
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [path];

    internal static RuleSet FromDefinitions(List<RuleDefinition> definitions, List<RuleProblem> problems, List<string> sources,
        List<WorkflowFile.WorkflowRule>? workflowRules = null)
    {
        var seen = new Dictionary<string, (string File, int Line, int Column)>(StringComparer.Ordinal);
        void Claim(string id, string file, int line, int column)
        {
            if (seen.TryGetValue(id, out var first))
                problems.Add(new RuleProblem(file, line, column, $"duplicate rule id '{id}'; first defined at {first.File}:{first.Line}:{first.Column}"));
            else seen[id] = (file, line, column);
        }
        var unique = new List<RuleDefinition>();
        foreach (var d in definitions)
        {
            bool known = seen.ContainsKey(d.Id);
            Claim(d.Id, d.File, d.Line, d.Column);
            if (!known) unique.Add(d);
        }
        var uniqueWorkflowRules = new List<WorkflowFile.WorkflowRule>();
        foreach (var w in workflowRules ?? [])
        {
            string id = w.Workflow + "." + w.Rule.RuleName;
            bool known = seen.ContainsKey(id);
            Claim(id, w.File, w.Line, w.Column);
            if (!known && w.Rule.Enabled) uniqueWorkflowRules.Add(w);
        }
        // Compile the rules that loaded even when others did not, so one run reports every problem
        // (a YAML mistake in one rule and an expression mistake in another), as `rules validate` promises.
        var compiled = RulesEngineCompiler.Compile(unique, uniqueWorkflowRules, problems);
        if (problems.Count > 0) throw new RuleLoadException(problems);
        return new RuleSet(compiled, sources);
    }
}
