using FilingLint.Engine;
using FilingLint.Findings;

namespace FilingLint.Configuration;

/// <summary>
/// A resolved <c>.filinglint.yml</c> (its <c>extends</c> chain merged): which rules to load, the form type,
/// per-rule severities (<c>null</c> = off) and per-glob overrides. <see cref="Apply"/> applies it to a file's result.
/// </summary>
public sealed class LintConfig
{
    /// <summary>The configuration file, or null for the defaults (no file found).</summary>
    public string? Path { get; init; }

    /// <summary>Every configuration file merged into this one (its <c>extends</c> chain), full paths: files the run reads.</summary>
    internal IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Built-in sets to load; null for all of them.</summary>
    public IReadOnlyList<string>? BuiltIn { get; init; }

    /// <summary>Rule files and folders, resolved against the configuration file that named them.</summary>
    public IReadOnlyList<string> RulePaths { get; init; } = [];

    public string? Form { get; init; }

    /// <summary><c>exhibits: true</c>: lint an EDGAR submission's exhibit documents too; null when the file does not say.</summary>
    public bool? Exhibits { get; init; }

    /// <summary><c>deal:</c> the globs (relative to the configuration file) whose filings are one deal; null when the file names none.</summary>
    internal ConfigOverride? Deal { get; init; }

    /// <summary>Whether the file is one of the configuration's deal.</summary>
    public bool InDeal(string file) => Deal?.Matches(file) == true;

    internal IReadOnlyDictionary<string, Severity?> Severity { get; init; } = new Dictionary<string, Severity?>();
    internal IReadOnlyList<ConfigOverride> Overrides { get; init; } = [];

    /// <summary>Every rule id the configuration names, with where, to check them against the loaded rules.</summary>
    internal IReadOnlyList<(string RuleId, Rules.RuleProblem At)> NamedRules { get; init; } = [];

    public static LintConfig Default { get; } = new();

    public string? FormFor(string file) => Overrides.LastOrDefault(o => o.Form is not null && o.Matches(file))?.Form ?? Form;

    /// <summary>The severity a rule's findings get in this file: the rule's own, then the settings, then matching overrides; null when off.</summary>
    public Severity? SeverityFor(string ruleId, string file, Severity own)
    {
        Severity? severity = own;
        if (Severity.TryGetValue(ruleId, out var set)) severity = set;
        foreach (var o in Overrides)
            if (o.Severity.TryGetValue(ruleId, out var over) && o.Matches(file)) severity = over;
        return severity;
    }

    /// <summary>Re-grades findings, drops those of rules turned off, and marks those rules skipped in the result tree.</summary>
    public FileResult Apply(FileResult result)
    {
        if (Severity.Count == 0 && Overrides.All(o => o.Severity.Count == 0)) return result;
        var findings = new List<Finding>();
        foreach (var f in result.Findings)
        {
            if (f.RuleId is WellKnownRules.RuleError or WellKnownRules.InputUnreadable) { findings.Add(f); continue; }
            var severity = SeverityFor(f.RuleId, result.Path, f.Severity);
            if (severity is { } s) findings.Add(f with { Severity = s });
        }
        var rules = result.Rules.Select(r => SeverityFor(r.RuleId, result.Path, Findings.Severity.Info) is null
            ? r with { Status = RuleStatus.Skipped, Reason = $"turned off in {Path}", Findings = 0 }
            : r).ToList();
        return result with { Findings = findings, Rules = rules };
    }
}
