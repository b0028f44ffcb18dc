using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FilingLint.Engine;
using FilingLint.Findings;
using FilingLint.Reporting;

namespace FilingLint.Tests.Reporting;

/// <summary>Renders reports the way the CLI does and parses them with AngleSharp.</summary>
internal static class HtmlReport
{
    public static LintRun Run(params FileResult[] files) =>
        new(files, Seed.BuiltInRules.Sources, new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public static string Render(LintRun run, string? template = null, Func<FileResult, IReadOnlyList<Finding>>? suppressedOf = null)
    {
        var output = new StringWriter();
        new HtmlReportWriter(Seed.BuiltInRules, template).Render(ReportModel.Build(run, Seed.BuiltInRules, suppressedOf), output);
        return output.ToString();
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IHtmlDocument Of(params FileResult[] files) => Parse(Render(Run(files)));
}
