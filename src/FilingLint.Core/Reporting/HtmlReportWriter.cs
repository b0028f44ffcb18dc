using HandlebarsDotNet;
using FilingLint.Engine;

namespace FilingLint.Reporting;

/// <summary>
/// Renders the HTML findings report with Handlebars.Net from the embedded template, or from a template
/// file the user gives. Handlebars escapes every <c>{{value}}</c>, so filing text never becomes markup;
/// the model (<see cref="ReportModel"/>) holds text only, never pre-built HTML.
/// </summary>
/// <remarks>
/// Partials: the embedded ones (Templates/partials/*.hbs) are always registered, so a user template can
/// use them; then, beside a user template, every <c>NAME.partial.hbs</c> and every <c>partials/NAME.hbs</c>
/// is registered as <c>NAME</c>, replacing an embedded partial of the same name.
/// </remarks>
public sealed class HtmlReportWriter(RuleSet? rules = null, string? templatePath = null) : IReportWriter
{
    private const string PartialSuffix = ".partial.hbs";

    public string Format => "html";

    public void Write(LintRun run, TextWriter output) => Render(ReportModel.Build(run, rules, f => f.Suppressed.Select(s => s.Finding).ToList()), output);

    /// <summary>Renders a model built by <see cref="ReportModel.Build"/>.</summary>
    internal void Render(Dictionary<string, object?> model, TextWriter output)
    {
        var handlebars = Handlebars.Create();
        foreach (var (name, text) in EmbeddedPartials()) handlebars.RegisterTemplate(name, text);
        if (templatePath is not null)
            foreach (var (name, text) in UserPartials(templatePath)) handlebars.RegisterTemplate(name, text);
        string template = templatePath is null ? EmbeddedTemplate("report.hbs") : File.ReadAllText(templatePath);
        var render = handlebars.Compile(template);
        output.Write(render(model));
    }

    internal static string EmbeddedTemplate(string name) => ReadResource("templates/" + name);

    /// <summary>The embedded partials as (name, text), the name being the file name without <c>.hbs</c>.</summary>
    internal static IEnumerable<(string Name, string Text)> EmbeddedPartials() =>
        typeof(HtmlReportWriter).Assembly.GetManifestResourceNames()
            // RecursiveDir in the resource name uses the build machine's separator.
            .Select(n => (Resource: n, Name: n.Replace('\\', '/')))
            .Where(n => n.Name.StartsWith("templates/partials/", StringComparison.Ordinal) && n.Name.EndsWith(".hbs", StringComparison.Ordinal))
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => (n.Name["templates/partials/".Length..^".hbs".Length], ReadResource(n.Resource)));

    private static string ReadResource(string resource)
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded template '{resource}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<(string Name, string Text)> UserPartials(string templatePath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(templatePath))!;
        var files = Directory.EnumerateFiles(folder, "*" + PartialSuffix)
            .Select(f => (Name: Path.GetFileName(f)[..^PartialSuffix.Length], File: f));
        string partials = Path.Combine(folder, "partials");
        if (Directory.Exists(partials))
            files = files.Concat(Directory.EnumerateFiles(partials, "*.hbs").Select(f => (Name: Path.GetFileNameWithoutExtension(f), File: f)));
        return files.OrderBy(f => f.File, StringComparer.Ordinal).Select(f => (f.Name, File.ReadAllText(f.File))).ToList();
    }
}
