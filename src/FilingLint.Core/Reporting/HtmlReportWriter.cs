using HandlebarsDotNet;
using FilingLint.Engine;

namespace FilingLint.Reporting;

/// <summary>
/// Renders the HTML findings report with Handlebars.Net from the embedded template, or from a template
/// file the user gives. Handlebars escapes every <c>{{value}}</c>, so filing text never becomes markup.
/// </summary>
public sealed class HtmlReportWriter(RuleSet? rules = null, string? templatePath = null) : IReportWriter
{
    public string Format => "html";

    public void Write(LintRun run, TextWriter output)
    {
        var handlebars = Handlebars.Create();
        string template = templatePath is null ? EmbeddedTemplate("report.hbs") : File.ReadAllText(templatePath);
        var render = handlebars.Compile(template);
        output.Write(render(ReportModel.Build(run, rules)));
    }

    internal static string EmbeddedTemplate(string name)
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream("templates/" + name)
            ?? throw new InvalidOperationException($"embedded template '{name}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
