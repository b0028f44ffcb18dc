using System.Text.RegularExpressions;
using FilingLint.Facts;
using FilingLint.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FilingLint.Rules;

/// <summary>
/// Reads rule files into <see cref="RuleDefinition"/>s. Fails loudly at load: unknown keys, missing or bad
/// fields, bad regular expressions and YAML aliases are all reported with file, line and column.
/// </summary>
public static partial class RuleLoader
{
    internal static readonly string[] RuleKeys =
        { "id", "severity", "description", "source", "help-uri", "scope", "message", "suggestion", "applies-to", "require", "forbid", "for", "when", "assert", "at", "related" };

    private static readonly string[] CheckKeys = { "patterns", "text", "scope", "ignore-case" };

    internal static readonly Dictionary<string, DocumentKind> KindNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["prospectus"] = DocumentKind.Prospectus,
        ["prospectus-supplement"] = DocumentKind.ProspectusSupplement,
        ["registration-statement"] = DocumentKind.RegistrationStatement,
        ["other"] = DocumentKind.Other,
        ["unknown"] = DocumentKind.Unknown,
    };

    /// <summary>A document kind as rule files spell it in <c>applies-to</c> (<c>prospectus-supplement</c>), the inverse of <see cref="KindNames"/>.</summary>
    internal static string KindName(DocumentKind kind) => KindNames.First(k => k.Value == kind).Key;

    [GeneratedRegex(@"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")]
    private static partial Regex RuleId();

    /// <summary>Largest rule file accepted; rule files are small, and a huge one is an attack or an accident.</summary>
    public const int MaxRuleFileChars = 2 * 1024 * 1024;

    [ThreadStatic]
    private static int t_parses;

    /// <summary>How many rule files this thread parsed: lets tests see that a warm cache skips the YAML.</summary>
    internal static int Parses => t_parses;

    public static IReadOnlyList<RuleDefinition> Load(string file, string yaml, List<RuleProblem> problems, string? ruleSet = null)
    {
        t_parses++;
        ruleSet ??= System.IO.Path.GetFileNameWithoutExtension(file);
        var rules = new List<RuleDefinition>();
        if (yaml.Length > MaxRuleFileChars)
        {
            problems.Add(new RuleProblem(file, 1, 1, $"the rules file is {yaml.Length:N0} characters, over the {MaxRuleFileChars:N0} limit"));
            return rules;
        }
        if (!NoAliases(file, yaml, problems)) return rules;

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Add(Problem(file, yaml, e));
            return rules;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            problems.Add(new RuleProblem(file, 1, 1, "the rules file is empty; expected a mapping with a 'rules:' list"));
            return rules;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var n = stream.Documents[0].RootNode;
            problems.Add(new RuleProblem(file, (int)n.Start.Line, (int)n.Start.Column, "expected a mapping with a 'rules:' list at the top of the file"));
            return rules;
        }
        YamlSequenceNode? list = null;
        foreach (var (key, value) in root.Children)
        {
            string name = ((YamlScalarNode)key).Value ?? "";
            if (name == "rules" && value is YamlSequenceNode seq) list = seq;
            else if (name == "rules")
                problems.Add(At(file, value, "'rules' must be a list of rules"));
            else
                problems.Add(At(file, key, $"unknown top-level key '{name}'; a rules file has only 'rules:'"));
        }
        if (list is null)
        {
            if (!problems.Any(p => p.File == file)) problems.Add(new RuleProblem(file, 1, 1, "missing 'rules:' list"));
            return rules;
        }
        string[] lines = yaml.Split('\n');
        for (int i = 0; i < list.Children.Count; i++)
        {
            var node = list.Children[i];
            if (node is not YamlMappingNode map)
            {
                problems.Add(At(file, node, "each rule must be a mapping with at least 'id', 'severity', 'description', 'message' and a check"));
                continue;
            }
            int firstLine = (int)map.Start.Line;
            int lastLine = i + 1 < list.Children.Count ? (int)list.Children[i + 1].Start.Line - 1 : lines.Length;
            string ruleYaml = string.Join('\n', lines[(firstLine - 1)..Math.Min(lines.Length, lastLine)]).TrimEnd();
            var rule = ReadRule(file, map, problems, ruleSet, ruleYaml);
            if (rule is not null) rules.Add(rule);
        }
        return rules;
    }

    private static RuleDefinition? ReadRule(string file, YamlMappingNode map, List<RuleProblem> problems, string ruleSet, string yaml)
    {
        int before = problems.Count;
        var fields = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!RuleKeys.Contains(key))
            {
                problems.Add(At(file, keyNode, $"unknown field '{key}'" + DidYouMean(key, RuleKeys)));
                continue;
            }
            fields[key] = (keyNode, value);
        }

        RuleScalar? Scalar(string key, bool required = false)
        {
            if (!fields.TryGetValue(key, out var f))
            {
                if (required) problems.Add(At(file, map, $"rule is missing required field '{key}'"));
                return null;
            }
            if (f.Value is not YamlScalarNode s || string.IsNullOrWhiteSpace(s.Value))
            {
                problems.Add(At(file, f.Value, $"'{key}' must be a non-empty text value"));
                return null;
            }
            return ToScalar(s);
        }

        var id = Scalar("id", required: true);
        if (id is not null && !RuleId().IsMatch(id.Value))
            problems.Add(new RuleProblem(file, id.Line, id.Column, $"rule id '{id.Value}' must be lower-case words joined by '.' or '-', like 'terms.undefined'"));
        var severityText = Scalar("severity", required: true);
        Severity severity = Severity.Warning;
        if (severityText is not null && !SeverityNames.TryParse(severityText.Value, out severity))
            problems.Add(new RuleProblem(file, severityText.Line, severityText.Column, $"severity '{severityText.Value}' must be one of error, warning, info"));
        var description = Scalar("description", required: true);
        var source = Scalar("source");
        var helpUri = Scalar("help-uri");
        if (helpUri is not null && !(Uri.TryCreate(helpUri.Value, UriKind.Absolute, out var help) && help.Scheme is "https" or "http"))
            problems.Add(new RuleProblem(file, helpUri.Line, helpUri.Column, $"'help-uri' must be an absolute http or https address, not '{helpUri.Value}'"));
        var message = Scalar("message", required: true);
        var suggestion = Scalar("suggestion");
        var forExpr = Scalar("for");
        var when = Scalar("when");
        var assert = Scalar("assert");
        var at = Scalar("at");
        var related = Scalar("related");
        var scopeText = Scalar("scope");
        var scope = RuleScope.Document;
        if (scopeText?.Value == "deal") scope = RuleScope.Deal;
        else if (scopeText is not null && scopeText.Value != "document")
            problems.Add(new RuleProblem(file, scopeText.Line, scopeText.Column, $"scope '{scopeText.Value}' must be 'document' (each filing alone) or 'deal' (the documents linted together)"));
        var require = fields.ContainsKey("require") ? ReadCheck(file, "require", fields["require"].Value, problems) : null;
        var forbid = fields.ContainsKey("forbid") ? ReadCheck(file, "forbid", fields["forbid"].Value, problems) : null;

        int checks = (require is not null || fields.ContainsKey("require") ? 1 : 0) + (forbid is not null || fields.ContainsKey("forbid") ? 1 : 0) + (fields.ContainsKey("assert") ? 1 : 0);
        if (checks == 0)
            problems.Add(At(file, map, "rule has no check: give one of 'require', 'forbid' or 'assert'"));
        else if (checks > 1)
            problems.Add(At(file, map, "rule has more than one check: give only one of 'require', 'forbid' or 'assert'"));
        // A text check may take a 'when' over the filing ("not in a preliminary prospectus"); 'for' and 'at' need an item.
        foreach (var onlyWithAssert in new[] { "for", "at", "related" })
            if (fields.TryGetValue(onlyWithAssert, out var f) && !fields.ContainsKey("assert"))
                problems.Add(At(file, f.Key, $"'{onlyWithAssert}' goes with 'assert'"));

        // A deal rule sees every document at once: it checks facts, not one filing's text, and no kind of document is its.
        if (scope == RuleScope.Deal)
            foreach (var notForDeals in new[] { "require", "forbid", "applies-to" })
                if (fields.TryGetValue(notForDeals, out var f))
                    problems.Add(At(file, f.Key, $"a deal rule (scope: deal) checks the deal's facts with 'assert'; '{notForDeals}' is for document rules"));

        var kinds = new List<DocumentKind>();
        if (fields.TryGetValue("applies-to", out var applies))
        {
            var items = applies.Value is YamlSequenceNode seq ? seq.Children.ToList() : new List<YamlNode> { applies.Value };
            foreach (var item in items)
            {
                string name = (item as YamlScalarNode)?.Value ?? "";
                if (KindNames.TryGetValue(name, out var kind)) kinds.Add(kind);
                else problems.Add(At(file, item, $"unknown document kind '{name}' in 'applies-to'; use {string.Join(", ", KindNames.Keys)}" + DidYouMean(name, KindNames.Keys)));
            }
        }

        if (problems.Count > before || id is null || message is null) return null;
        return new RuleDefinition
        {
            File = file,
            Line = (int)map.Start.Line,
            Column = (int)map.Start.Column,
            Id = id.Value,
            Severity = severity,
            Description = description?.Value ?? "",
            Source = source?.Value,
            HelpUri = helpUri?.Value,
            Message = message,
            Suggestion = suggestion,
            AppliesTo = kinds,
            Require = require,
            Forbid = forbid,
            For = forExpr,
            When = when,
            Assert = assert,
            At = at,
            Related = related,
            Scope = scope,
            RuleSet = ruleSet,
            Yaml = yaml,
        };
    }

    /// <summary><c>{ pattern: REGEX, means: plain words }</c>: a pattern a finding names by what it looks for.</summary>
    private static RuleScalar? ReadNamedPattern(string file, YamlMappingNode map, List<RuleProblem> problems)
    {
        RuleScalar? pattern = null;
        string? means = null;
        foreach (var (keyNode, value) in map.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key is not ("pattern" or "means"))
            {
                problems.Add(At(file, keyNode, $"unknown field '{key}' in a pattern" + DidYouMean(key, ["pattern", "means"])));
                continue;
            }
            if (value is not YamlScalarNode { Value: { Length: > 0 } } scalar)
            {
                problems.Add(At(file, value, $"'{key}' must be non-empty text"));
                continue;
            }
            if (key == "pattern") pattern = ToScalar(scalar);
            else means = scalar.Value;
        }
        if (pattern is null || means is null)
        {
            problems.Add(At(file, map, "a pattern written as a mapping needs both 'pattern' (the regular expression) and 'means' (what it looks for, in plain words)"));
            return null;
        }
        return pattern with { Means = means };
    }

    private static TextCheckOptions? ReadCheck(string file, string kind, YamlNode node, List<RuleProblem> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(At(file, node, $"'{kind}' must be a mapping with 'patterns' or 'text', and optionally 'scope' and 'ignore-case'"));
            return null;
        }
        int before = problems.Count;
        var patterns = new List<RuleScalar>();
        var texts = new List<RuleScalar>();
        string scope = "document";
        bool ignoreCase = false;
        foreach (var (keyNode, value) in map.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "patterns":
                case "text":
                    var items = value is YamlSequenceNode seq ? seq.Children.ToList() : new List<YamlNode> { value };
                    foreach (var item in items)
                    {
                        if (key == "patterns" && item is YamlMappingNode named)
                        {
                            if (ReadNamedPattern(file, named, problems) is { } pattern) patterns.Add(pattern);
                            continue;
                        }
                        if (item is not YamlScalarNode { Value: { Length: > 0 } } s)
                        {
                            problems.Add(At(file, item, key == "patterns"
                                ? "'patterns' items must be non-empty text, or a mapping with 'pattern' and 'means'"
                                : $"'{key}' items must be non-empty text"));
                            continue;
                        }
                        (key == "patterns" ? patterns : texts).Add(ToScalar(s));
                    }
                    break;
                case "scope":
                    scope = (value as YamlScalarNode)?.Value ?? "";
                    if (scope is not ("document" or "cover"))
                        problems.Add(At(file, value, $"scope '{scope}' must be 'document' or 'cover'"));
                    break;
                case "ignore-case":
                    string flag = (value as YamlScalarNode)?.Value ?? "";
                    if (flag is "true" or "false") ignoreCase = flag == "true";
                    else problems.Add(At(file, value, "'ignore-case' must be true or false"));
                    break;
                default:
                    problems.Add(At(file, keyNode, $"unknown field '{key}' in '{kind}'" + DidYouMean(key, CheckKeys)));
                    break;
            }
        }
        if (patterns.Count + texts.Count == 0)
            problems.Add(At(file, map, $"'{kind}' needs at least one of 'patterns' or 'text'"));
        foreach (var p in patterns)
        {
            try
            {
                _ = new Regex(p.Value, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                problems.Add(new RuleProblem(file, p.Line, p.Column, $"invalid regular expression: {e.Message}"));
            }
        }
        return problems.Count > before ? null : new TextCheckOptions(patterns, texts, scope, ignoreCase, (int)map.Start.Line, (int)map.Start.Column);
    }

    /// <summary>
    /// Aliases are refused: rules never need them, and nested aliases expand exponentially ("billion laughs"). So is
    /// nesting past <see cref="YamlNesting.MaxDepth"/>, before the node tree's recursive loading meets it.
    /// </summary>
    private static bool NoAliases(string file, string yaml, List<RuleProblem> problems)
    {
        Mark last = Mark.Empty;
        var nesting = new YamlNesting();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                if (nesting.Track(parser.Current) is { } tooDeep)
                {
                    problems.Add(new RuleProblem(file, (int)parser.Current.Start.Line, (int)parser.Current.Start.Column, tooDeep));
                    return false;
                }
                if (parser.Current is AnchorAlias alias)
                {
                    problems.Add(new RuleProblem(file, (int)alias.Start.Line, (int)alias.Start.Column,
                        $"YAML aliases (*{alias.Value}) are not allowed in rule files; repeat the value instead"));
                    return false;
                }
            }
        }
        catch (YamlException e)
        {
            problems.Add(Problem(file, yaml, e));
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on an unclosed flow collection ("[error").
            problems.Add(new RuleProblem(file, Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column),
                "malformed YAML after this point: an unclosed '[' or '{', or a value that cannot be read"));
            return false;
        }
        return true;
    }

    private static RuleScalar ToScalar(YamlScalarNode s) => new(
        s.Value ?? "",
        (int)s.Start.Line,
        (int)s.Start.Column,
        s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted,
        s.Style is ScalarStyle.Literal or ScalarStyle.Folded);

    private static RuleProblem At(string file, YamlNode node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, message);

    private static RuleProblem Problem(string file, string yaml, YamlException e)
    {
        string message = Clean(e);
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet reports where the mapping began; the user needs the tab itself.
            string[] lines = yaml.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                int tab = lines[i].IndexOf('\t');
                if (tab >= 0 && lines[i][..tab].Trim().Length == 0)
                    return new RuleProblem(file, i + 1, tab + 1, "a tab is used for indentation; YAML indents with spaces");
            }
        }
        return new RuleProblem(file, (int)e.Start.Line, (int)e.Start.Column, message);
    }

    private static string Clean(YamlException e)
    {
        string message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes its own position; we give ours.
        return Regex.Replace(message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
    }

    internal static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var best = candidates.Select(c => (c, d: EditDistance.Between(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(2, x.c.Length / 3)).OrderBy(x => x.d).Select(x => x.c).FirstOrDefault();
        return best is null ? "" : $"; did you mean '{best}'?";
    }
}
