using FilingLint.Configuration;
using FilingLint.Engine;

namespace FilingLint.Cli.Commands;

/// <summary>Files linted together: they share a configuration and therefore a rule set, loading while the files are read.</summary>
internal sealed record LintGroup(LintConfig Config, Task<RuleSet> Rules, List<string> Files);
