using System.Text.RegularExpressions;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FilingLint.Configuration;

/// <summary>
/// Finds and reads <c>.filinglint.yml</c>. Every mistake is reported with the file, line and column, and unknown
/// keys get a "did you mean". Paths in a configuration are relative to the file that names them.
/// </summary>
public static class ConfigLoader
{
    public static readonly string[] FileNames = { ".filinglint.yml", ".filinglint.yaml" };

    private static readonly string[] Keys = { "extends", "rules", "form", "exhibits", "deal", "severity", "overrides" };
    private static readonly string[] RulesKeys = { "builtin", "paths" };
    private static readonly string[] OverrideKeys = { "files", "severity", "form" };

    /// <summary>The configuration file that governs a filing: the nearest one in its folder or a folder above.</summary>
    public static string? Find(string file)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(file)) ?? "."); dir is not null; dir = dir.Parent)
        {
            foreach (var name in FileNames)
            {
                string candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>A configuration is a few lines; a megabyte is a runaway file or a device.</summary>
    private const long MaxConfigBytes = 1 << 20;

    /// <summary>
    /// How far <c>extends</c> may reach, far beyond real layering (a firm's, a team's, a project's): files extending
    /// many others, and those others each many more, loaded every file once per path to it (27 small files ran past
    /// 180 s), and a chain 20,000 deep overflowed the stack. A file may extend <see cref="MaxExtendsPerFile"/> others,
    /// a chain may be <see cref="MaxExtendsDepth"/> deep, and one configuration may load <see cref="MaxConfigurations"/>
    /// files, counting a file each time it is extended.
    /// </summary>
    internal const int MaxExtendsPerFile = 16, MaxExtendsDepth = 16, MaxConfigurations = 64;

    public static LintConfig Load(string path, List<RuleProblem> problems) => Load(path, problems, new Extending());

    /// <summary>The <c>extends</c> chain being loaded (for cycles and depth) and how many files it has loaded.</summary>
    private sealed class Extending
    {
        public Stack<string> Chain { get; } = new();
        public int Loaded { get; set; } = 1;

        /// <summary>A limit was passed: nothing more is loaded, and the first refusal is the one reported (a bomb passes them hundreds of times).</summary>
        public bool Refused { get; private set; }

        public void Refuse(RuleProblem problem, List<RuleProblem> problems)
        {
            if (!Refused) problems.Add(problem);
            Refused = true;
        }
    }

    private static LintConfig Load(string path, List<RuleProblem> problems, Extending extending)
    {
        var chain = extending.Chain;
        string full = Path.GetFullPath(path);
        string yaml;
        try
        {
            yaml = UserFile.ReadAllText(full, MaxConfigBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new RuleProblem(path, 1, 1, $"cannot read the configuration: {e.Message}"));
            return LintConfig.Default;
        }
        if (YamlNesting.Check(yaml) is { } tooDeep)
        {
            problems.Add(new RuleProblem(path, (int)tooDeep.At.Line, (int)tooDeep.At.Column, tooDeep.Message));
            return LintConfig.Default;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            var mark = e is YamlException y ? y.Start : Mark.Empty;
            problems.Add(new RuleProblem(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column), $"malformed YAML: {(e.InnerException ?? e).Message}"));
            return LintConfig.Default;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new LintConfig { Path = path, Files = [full] };
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(At(path, stream.Documents[0].RootNode, "a configuration is a mapping of extends, rules, form, exhibits, deal, severity and overrides"));
            return LintConfig.Default;
        }

        chain.Push(full);
        string dir = Path.GetDirectoryName(full)!;
        LintConfig? parent = null;
        IReadOnlyList<string>? builtIn = null;
        var rulePaths = new List<string>();
        string? form = null;
        bool? exhibits = null;
        ConfigOverride? deal = null;
        var severity = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var overrides = new List<ConfigOverride>();
        var named = new List<(string, RuleProblem)>();
        foreach (var (keyNode, value) in root.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "extends":
                    int listed = 0;
                    foreach (var item in Items(value))
                    {
                        if (++listed > MaxExtendsPerFile)
                        {
                            extending.Refuse(At(path, item, $"extends lists more than {MaxExtendsPerFile} configurations; merge some of them into one"), problems);
                            break;
                        }
                        if (Text(path, item, "extends", problems) is not { } target) continue;
                        string resolved = Path.GetFullPath(Path.Combine(dir, target));
                        if (chain.Contains(resolved)) problems.Add(At(path, item, $"'{target}' extends this file again (a cycle)"));
                        else if (!File.Exists(resolved)) problems.Add(At(path, item, $"'{target}' does not exist"));
                        else if (extending.Refused) continue;
                        else if (chain.Count >= MaxExtendsDepth)
                            extending.Refuse(At(path, item, $"'{target}' would make a chain of extends more than {MaxExtendsDepth} configurations deep"), problems);
                        else if (extending.Loaded >= MaxConfigurations)
                            extending.Refuse(At(path, item, $"'{target}' would be configuration number {MaxConfigurations + 1} this one loads through extends "
                                + $"(counting a file each time it is extended); the limit is {MaxConfigurations}"), problems);
                        else
                        {
                            extending.Loaded++;
                            parent = Merge(parent, Load(resolved, problems, extending));
                        }
                    }
                    break;
                case "rules":
                    if (value is not YamlMappingNode rules)
                    {
                        problems.Add(At(path, value, "'rules' is a mapping with 'builtin' (a list of sets) and 'paths' (rule files or folders)"));
                        break;
                    }
                    foreach (var (rk, rv) in rules.Children)
                    {
                        string name = (rk as YamlScalarNode)?.Value ?? "";
                        if (name == "builtin")
                        {
                            var sets = new List<string>();
                            var known = RuleSet.BuiltInSetNames();
                            foreach (var item in Items(rv))
                            {
                                if (Text(path, item, "builtin", problems) is not { } set) continue;
                                if (known.Contains(set)) sets.Add(set);
                                else problems.Add(At(path, item, $"unknown built-in rule set '{set}'; the sets are {string.Join(", ", known)}" + RuleLoader.DidYouMean(set, known)));
                            }
                            builtIn = sets;
                        }
                        else if (name == "paths")
                        {
                            foreach (var item in Items(rv))
                            {
                                if (Text(path, item, "paths", problems) is not { } p) continue;
                                string resolved = Path.Combine(dir, p);
                                if (File.Exists(resolved) || Directory.Exists(resolved)) rulePaths.Add(resolved);
                                else problems.Add(At(path, item, $"rule path '{p}' does not exist (paths are relative to this file)"));
                            }
                        }
                        else problems.Add(At(path, rk, $"unknown key '{name}' in 'rules'" + RuleLoader.DidYouMean(name, RulesKeys)));
                    }
                    break;
                case "form":
                    form = Text(path, value, "form", problems);
                    break;
                case "exhibits":
                    if (value is YamlScalarNode { Value: "true" or "false" } flag) exhibits = flag.Value == "true";
                    else problems.Add(At(path, value, "'exhibits' is true or false: whether to lint an EDGAR submission's exhibits too"));
                    break;
                case "deal":
                    // The filings these globs match are one deal, checked together by the deal rules (as lint --deal).
                    var dealGlobs = new List<string>();
                    foreach (var item in Items(value))
                        if (Text(path, item, "deal", problems) is { } glob)
                        {
                            if (Glob.Problem(glob) is { } problem) problems.Add(At(path, item, problem));
                            else dealGlobs.Add(glob);
                        }
                    deal = new ConfigOverride(dealGlobs, dir, new Dictionary<string, Severity?>(), null);
                    break;
                case "severity":
                    ReadSeverities(path, value, severity, named, problems);
                    break;
                case "overrides":
                    if (value is not YamlSequenceNode list)
                    {
                        problems.Add(At(path, value, "'overrides' is a list of mappings with 'files' and 'severity' or 'form'"));
                        break;
                    }
                    foreach (var item in list.Children)
                        if (ReadOverride(path, dir, item, named, problems) is { } o) overrides.Add(o);
                    break;
                default:
                    problems.Add(At(path, keyNode, $"unknown key '{key}'; a configuration has {string.Join(", ", Keys)}" + RuleLoader.DidYouMean(key, Keys)));
                    break;
            }
        }
        chain.Pop();
        var own = new LintConfig
        {
            Path = path, Files = [full], BuiltIn = builtIn, RulePaths = rulePaths, Form = form, Exhibits = exhibits, Deal = deal, Severity = severity, Overrides = overrides, NamedRules = named,
        };
        return Merge(parent, own);
    }

    /// <summary>The child wins: its built-in sets, form and exhibits replace the parent's; rule paths, severities and overrides add to them.</summary>
    private static LintConfig Merge(LintConfig? parent, LintConfig child)
    {
        if (parent is null) return child;
        var severity = new Dictionary<string, Severity?>(parent.Severity, StringComparer.Ordinal);
        foreach (var (id, s) in child.Severity) severity[id] = s;
        return new LintConfig
        {
            Path = child.Path ?? parent.Path,
            Files = [.. parent.Files, .. child.Files],
            BuiltIn = child.BuiltIn ?? parent.BuiltIn,
            RulePaths = parent.RulePaths.Concat(child.RulePaths).Distinct().ToList(),
            Form = child.Form ?? parent.Form,
            Exhibits = child.Exhibits ?? parent.Exhibits,
            Deal = child.Deal ?? parent.Deal,
            Severity = severity,
            Overrides = parent.Overrides.Concat(child.Overrides).ToList(),
            NamedRules = parent.NamedRules.Concat(child.NamedRules).ToList(),
        };
    }

    private static void ReadSeverities(string path, YamlNode node, Dictionary<string, Severity?> into, List<(string, RuleProblem)> named, List<RuleProblem> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(At(path, node, "'severity' maps rule ids to error, warning, info or off"));
            return;
        }
        foreach (var (k, v) in map.Children)
        {
            string id = (k as YamlScalarNode)?.Value ?? "";
            string value = (v as YamlScalarNode)?.Value ?? "";
            named.Add((id, At(path, k, "")));
            if (value == "off") into[id] = null;
            else if (SeverityNames.TryParse(value, out var s)) into[id] = s;
            else problems.Add(At(path, v, $"severity '{value}' for '{id}' must be error, warning, info or off"));
        }
    }

    private static ConfigOverride? ReadOverride(string path, string dir, YamlNode node, List<(string, RuleProblem)> named, List<RuleProblem> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(At(path, node, "each override is a mapping with 'files' and 'severity' or 'form'"));
            return null;
        }
        var globs = new List<string>();
        var severity = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        string? form = null;
        bool hasFiles = false;
        foreach (var (k, v) in map.Children)
        {
            string key = (k as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "files":
                    hasFiles = true;
                    foreach (var item in Items(v))
                        if (Text(path, item, "files", problems) is { } glob)
                        {
                            if (Glob.Problem(glob) is { } problem) problems.Add(At(path, item, problem));
                            else globs.Add(glob);
                        }
                    break;
                case "severity":
                    ReadSeverities(path, v, severity, named, problems);
                    break;
                case "form":
                    form = Text(path, v, "form", problems);
                    break;
                default:
                    problems.Add(At(path, k, $"unknown key '{key}' in an override" + RuleLoader.DidYouMean(key, OverrideKeys)));
                    break;
            }
        }
        if (!hasFiles) problems.Add(At(path, map, "an override needs 'files': the globs it applies to"));
        return new ConfigOverride(globs, dir, severity, form);
    }

    /// <summary>Reports the rule ids a configuration names that no loaded rule has.</summary>
    public static void CheckRuleIds(LintConfig config, RuleSet rules, List<RuleProblem> problems)
    {
        var ids = rules.Definitions.Select(d => d.Id).ToList();
        foreach (var (id, at) in config.NamedRules)
            if (!ids.Contains(id)) problems.Add(at with { Message = $"no loaded rule has the id '{id}'" + RuleLoader.DidYouMean(id, ids) });
    }

    private static IEnumerable<YamlNode> Items(YamlNode node) => node is YamlSequenceNode seq ? seq.Children : [node];

    private static string? Text(string path, YamlNode node, string key, List<RuleProblem> problems)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } v }) return v;
        problems.Add(At(path, node, $"'{key}' must be a non-empty text value"));
        return null;
    }

    private static RuleProblem At(string path, YamlNode node, string message) => new(path, (int)node.Start.Line, (int)node.Start.Column, message);
}
