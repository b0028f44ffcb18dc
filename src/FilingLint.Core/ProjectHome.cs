using System.Reflection;

namespace FilingLint;

/// <summary>
/// The project's home on the web: SARIF's <c>informationUri</c> and the built-in rules' documentation pages. The address
/// is <c>FilingLintHomeUrl</c> in Directory.Build.props, which is also the package's project and repository url, so the
/// two cannot drift apart.
/// </summary>
public static class ProjectHome
{
    public static string Uri { get; } =
        typeof(ProjectHome).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FilingLintHomeUrl").Value!;

    /// <summary>The page of a built-in rule, generated from the rule files into docs/rules/ID.md.</summary>
    public static string RulePage(string ruleId) => $"{Uri}/blob/main/docs/rules/{ruleId}.md";
}
