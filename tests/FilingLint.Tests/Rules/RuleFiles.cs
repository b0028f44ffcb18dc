using FilingLint.Engine;
using FilingLint.Rules;

namespace FilingLint.Tests.Rules;

/// <summary>Writes rule files into a fresh temporary folder and loads them.</summary>
internal static class RuleFiles
{
    public static string Write(string yaml, string name = "custom.yaml")
    {
        string dir = Path.Combine(Path.GetTempPath(), "filinglint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public static RuleSet Load(string yaml) => RuleSet.Load([Write(yaml)], includeBuiltIn: false);

    public static IReadOnlyList<RuleProblem> Problems(string yaml)
    {
        try
        {
            Load(yaml);
        }
        catch (RuleLoadException e)
        {
            return e.Problems;
        }
        throw new InvalidOperationException("the rules loaded without a problem");
    }

    /// <summary>A minimal valid assert rule around the given expression fields.</summary>
    public static string AssertRule(string assert, string? forExpr = null, string message = "m") =>
        "rules:\n  - id: t.rule\n    severity: error\n    description: d\n" +
        (forExpr is null ? "" : $"    for: {forExpr}\n") +
        $"    assert: {assert}\n    message: {message}\n";
}
