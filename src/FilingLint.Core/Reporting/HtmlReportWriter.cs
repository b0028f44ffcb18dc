using System.Collections;
using System.Text;
using FilingLint.Engine;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FilingLint.Reporting;

/// <summary>
/// Renders the HTML findings report with Scriban from the embedded template, or from a template file the user gives
/// (Scriban; Liquid when the file ends in <c>.liquid</c>). Every value an expression writes is HTML-escaped by the
/// context, so a template cannot forget and filing text never becomes markup; a template asks for raw output explicitly
/// with <c>raw</c> (<c>{{ raw value }}</c>). Templates see the report model (<see cref="ReportModel"/>: dictionaries, lists and
/// text) and no .NET member of anything; they cannot read files.
/// </summary>
/// <remarks>
/// Partials: <c>{{ partial 'name' model }}</c> renders one in place, with <c>model</c>'s entries as its names (the
/// current names without a model); <c>include</c> is the same function, for Liquid's <c>{% include 'name' %}</c>. The
/// embedded partials (Templates/partials/*.sbn) are always there; beside a user template, every <c>NAME.partial.sbn</c>
/// (or <c>.liquid</c>) and every <c>partials/NAME.sbn</c> (or <c>.liquid</c>) is added as <c>NAME</c>, replacing an
/// embedded partial of the same name. Nothing else on disk is reachable.
/// </remarks>
public sealed class HtmlReportWriter(RuleSet? rules = null, string? templatePath = null) : IReportWriter
{
    public string Format => "html";

    private static readonly Lazy<Dictionary<string, Template>> Embedded = new(() =>
        EmbeddedPartials().ToDictionary(p => p.Name, p => Parse(p.Text, "templates/partials/" + p.Name + ".sbn", liquid: false), StringComparer.Ordinal));

    private static readonly Lazy<Template> EmbeddedReport = new(() => Parse(EmbeddedTemplate("report.sbn"), "templates/report.sbn", liquid: false));

    public void Write(LintRun run, TextWriter output) => Render(ReportModel.Build(run, rules, f => f.Suppressed.Select(s => s.Finding).ToList()), output);

    /// <summary>A template is a page of markup; eight megabytes is a runaway file or a device.</summary>
    private static string ReadTemplate(string path)
    {
        try
        {
            return Configuration.UserFile.ReadAllText(path, 8L << 20);
        }
        catch (IOException e)
        {
            throw new TemplateException(path, 1, 1, $"cannot read the template: {e.Message}");
        }
    }

    /// <summary>Renders a model built by <see cref="ReportModel.Build"/>.</summary>
    /// <exception cref="TemplateException">The user's template or one of its partials does not parse or fails to render.</exception>
    internal void Render(Dictionary<string, object?> model, TextWriter output)
    {
        var partials = new Dictionary<string, Template>(Embedded.Value, StringComparer.Ordinal);
        Template page = EmbeddedReport.Value;
        if (templatePath is not null)
        {
            foreach (var (name, file) in UserPartials(templatePath)) partials[name] = Parse(ReadTemplate(file), file, IsLiquid(file));
            page = Parse(ReadTemplate(templatePath), templatePath, IsLiquid(templatePath));
        }
        var context = new HtmlContext(partials);
        var globals = new ScriptObject();
        foreach (var (key, value) in model) globals.SetValue(key, value, false);
        var partial = new PartialFunction();
        globals.SetValue("partial", partial, true);
        globals.SetValue("include", partial, true);
        globals.Import("ok", new Func<object?, bool>(Ok));
        globals.Import("raw", new Func<object?, Raw>(value => new Raw(value is null ? "" : context.ObjectToString(value) ?? "")));
        context.PushGlobal(globals);
        try
        {
            output.Write(page.Render(context));
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(e.Span.FileName ?? templatePath ?? "report template", e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage);
        }
    }

    private static bool IsLiquid(string path) => path.EndsWith(".liquid", StringComparison.OrdinalIgnoreCase);

    private static Template Parse(string text, string file, bool liquid)
    {
        var template = liquid ? Template.ParseLiquid(text, file) : Template.Parse(text, file);
        if (template.HasErrors && template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } error)
            throw new TemplateException(file, error.Span.Start.Line + 1, error.Span.Start.Column + 1, error.Message);
        return template;
    }

    /// <summary>What a template writes without escaping: the output of a partial, or what it passes to <c>raw</c>.</summary>
    private sealed record Raw(string Html);

    /// <summary>
    /// Escapes every value written by an expression (the characters Handlebars escaped before: &amp; &lt; &gt; " ' ` =,
    /// and bidi controls shown as text),
    /// while the template's own text is written as is. Loops and values are limited far above the largest real report
    /// (Scriban's defaults, 1,000 iterations and 1 MB per value, cut real filings short), and no .NET member is visible.
    /// </summary>
    private sealed class HtmlContext : TemplateContext
    {
        public HtmlContext(Dictionary<string, Template> partials)
        {
            Partials = partials;
            LoopLimit = 10_000_000;
            LimitToString = 256 << 20;
            AutoIndent = false;
            MemberRenamer = m => m.Name;
            MemberFilter = _ => false;
            TemplateLoader = null;
        }

        public Dictionary<string, Template> Partials { get; }

        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            switch (textAsObject)
            {
                case null: return this;
                case Raw raw: Write(raw.Html); return this;
                default:
                    if (ObjectToString(textAsObject) is { } text) Write(Escape(text));
                    return this;
            }
        }
    }

    /// <summary>HTML-escapes a value; a bidi control in it is shown (<c>\u202e</c>) rather than left to turn the report's text around.</summary>
    private static string Escape(string s)
    {
        s = VisibleText.EscapeBidi(s);
        int i = s.AsSpan().IndexOfAny("&<>\"'`=");
        if (i < 0) return s;
        var sb = new StringBuilder(s.Length + 16).Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            sb.Append(s[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                var c => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>Handlebars' truthiness, which the report's conditions rely on: null, false, "", 0 and empty lists are false.</summary>
    private static bool Ok(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        int i => i != 0,
        long l => l != 0,
        decimal m => m != 0,
        double d => d != 0,
        ICollection c => c.Count > 0,
        _ => true,
    };

    /// <summary><c>partial NAME [MODEL]</c>: renders a partial in place, as raw HTML (its own values were escaped as it rendered).</summary>
    private sealed class PartialFunction : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var html = (HtmlContext)context;
            string name = context.ObjectToString(arguments[0]) ?? "";
            if (!html.Partials.TryGetValue(name, out var template))
                throw new ScriptRuntimeException(callerContext?.Span ?? default, $"no partial named '{name}' (the built-in ones: {string.Join(", ", Embedded.Value.Keys)})");
            bool pushed = false;
            if (arguments.Count > 1 && arguments[1] is IDictionary<string, object?> model)
            {
                var scope = new ScriptObject();
                foreach (var (key, value) in model) scope.SetValue(key, value, false);
                context.PushGlobal(scope);
                pushed = true;
            }
            context.PushOutput();
            try
            {
                context.Evaluate(template.Page!);
            }
            finally
            {
                if (pushed) context.PopGlobal();
            }
            return new Raw(context.PopOutput().ToString() ?? "");
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 1;
        public int ParameterCount => 2;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(object);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "name" : "model");
        public int GetParameterIndexByName(string name) => name == "name" ? 0 : name == "model" ? 1 : -1;
    }

    internal static string EmbeddedTemplate(string name) => ReadResource("templates/" + name);

    /// <summary>The embedded partials as (name, text), the name being the file name without <c>.sbn</c>.</summary>
    internal static IEnumerable<(string Name, string Text)> EmbeddedPartials() =>
        typeof(HtmlReportWriter).Assembly.GetManifestResourceNames()
            // RecursiveDir in the resource name uses the build machine's separator.
            .Select(n => (Resource: n, Name: n.Replace('\\', '/')))
            .Where(n => n.Name.StartsWith("templates/partials/", StringComparison.Ordinal) && n.Name.EndsWith(".sbn", StringComparison.Ordinal))
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => (n.Name["templates/partials/".Length..^".sbn".Length], ReadResource(n.Resource)));

    private static string ReadResource(string resource)
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded template '{resource}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<(string Name, string File)> UserPartials(string templatePath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(templatePath))!;
        var files = new List<(string Name, string File)>();
        foreach (var suffix in new[] { ".partial.sbn", ".partial.liquid" })
            files.AddRange(Directory.EnumerateFiles(folder, "*" + suffix).Select(f => (Path.GetFileName(f)[..^suffix.Length], f)));
        string partials = Path.Combine(folder, "partials");
        if (Directory.Exists(partials))
            files.AddRange(Directory.EnumerateFiles(partials).Where(f => f.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) || IsLiquid(f))
                .Select(f => (Path.GetFileNameWithoutExtension(f), f)));
        return files.OrderBy(f => f.File, StringComparer.Ordinal).ToList();
    }
}
