using FilingLint.Configuration;
using FilingLint.Engine;

namespace FilingLint.Cli.Commands;

/// <summary>Files linted together: they share a configuration and therefore a rule set.</summary>
internal sealed record LintGroup(LintConfig Config, RuleSet Rules, List<string> Files);
