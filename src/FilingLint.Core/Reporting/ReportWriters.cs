namespace FilingLint.Reporting;

/// <summary>The one table of output formats: <c>--format NAME</c> and <c>--output NAME=FILE</c> pick from it.</summary>
public static class ReportWriters
{
    private static readonly Dictionary<string, Func<ReportContext, IReportWriter>> Table = new(StringComparer.Ordinal)
    {
        ["text"] = c => new TextReportWriter(c.Color),
        ["json"] = _ => new JsonReportWriter(),
        ["sarif"] = c => new SarifReportWriter(c.Rules, c.SarifRoot, c.Suppressed, c.Warnings),
        ["github"] = c => new GithubReportWriter(c.BaseDirectory),
        ["junit"] = _ => new JUnitReportWriter(),
        ["html"] = c => new HtmlReportWriter(c.Rules, c.TemplatePath),
    };

    public static IReadOnlyList<string> Names { get; } = Table.Keys.ToList();

    public static bool Exists(string name) => Table.ContainsKey(name);

    /// <exception cref="KeyNotFoundException">No format of that name.</exception>
    public static IReportWriter Create(string name, ReportContext context) =>
        Table.TryGetValue(name, out var create) ? create(context) : throw new KeyNotFoundException($"unknown format '{name}'; known: {string.Join(", ", Names)}");
}
