using System.Globalization;
using System.Xml;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// JUnit XML for CI test views: a test suite per file, a test case per rule that ran on it (plus
/// <c>input.unreadable</c> for a file that could not be read). A rule's findings are its test case's
/// <c>failure</c>, and the case carries the <c>file</c> and the <c>line</c> of its first finding; a rule that threw
/// or timed out, and an unreadable file, are an <c>error</c> (counted in <c>errors</c>, not <c>failures</c>);
/// a skipped rule is skipped.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public string Format => "junit";

    public void Write(LintRun run, TextWriter output)
    {
        var suites = run.Files.Select(Cases).ToList();
        var all = suites.SelectMany(s => s.Cases).ToList();

        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n", CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "FilingLint");
        WriteCounts(xml, all);
        foreach (var (file, cases) in suites)
        {
            xml.WriteStartElement("testsuite");
            Attribute(xml, "name", file.Path);
            WriteCounts(xml, cases);
            xml.WriteAttributeString("skipped", Num(cases.Count(c => c.Rule?.Status == Engine.RuleStatus.Skipped && c.Findings.Count == 0)));
            xml.WriteAttributeString("time", Seconds(file.Rules.Sum(r => r.Duration.TotalSeconds)));
            foreach (var c in cases) WriteCase(xml, file, c);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteLine();
    }

    /// <summary>One test case: a rule, its result on the file and its findings (for an errored rule, its rule.error findings).</summary>
    private sealed record Case(string Id, Engine.RuleResult? Rule, IReadOnlyList<Finding> Findings, bool IsError);

    private static (Engine.FileResult File, List<Case> Cases) Cases(Engine.FileResult file)
    {
        var errored = file.Rules.Where(r => r.Status == Engine.RuleStatus.Errored).Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var ruleErrors = file.Findings.Where(f => f.RuleId == WellKnownRules.RuleError).ToList();
        // A rule.error finding names its rule ("rule 'ID' failed …"): it becomes that rule's error, not a case of its own.
        bool Names(Finding f, string id) => f.Message.StartsWith($"rule '{id}' ", StringComparison.Ordinal);
        var ids = file.Rules.Select(r => r.RuleId)
            .Concat(file.Findings.Where(f => f.RuleId != WellKnownRules.RuleError || !errored.Any(id => Names(f, id))).Select(f => f.RuleId))
            .Distinct().ToList();
        return (file, ids.Select(id =>
        {
            var rule = file.Rules.FirstOrDefault(r => r.RuleId == id);
            bool isError = errored.Contains(id) || id is WellKnownRules.RuleError or WellKnownRules.InputUnreadable;
            var findings = errored.Contains(id)
                ? ruleErrors.Where(f => Names(f, id)).ToList()
                : file.Findings.Where(f => f.RuleId == id).ToList();
            return new Case(id, rule, findings, isError);
        }).ToList());
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<Case> cases)
    {
        xml.WriteAttributeString("tests", Num(cases.Count));
        xml.WriteAttributeString("failures", Num(cases.Count(c => !c.IsError && c.Findings.Count > 0)));
        xml.WriteAttributeString("errors", Num(cases.Count(c => c.IsError)));
    }

    private static void WriteCase(XmlWriter xml, Engine.FileResult file, Case c)
    {
        xml.WriteStartElement("testcase");
        Attribute(xml, "classname", file.Path);
        Attribute(xml, "name", c.Id);
        Attribute(xml, "file", file.Path);
        if (c.Findings.Count > 0) xml.WriteAttributeString("line", Num(c.Findings[0].Location.Line));
        xml.WriteAttributeString("time", Seconds(c.Rule?.Duration.TotalSeconds ?? 0));
        if (c.IsError || c.Findings.Count > 0)
        {
            xml.WriteStartElement(c.IsError ? "error" : "failure");
            Attribute(xml, "type", c.IsError ? (c.Findings.FirstOrDefault()?.RuleId ?? WellKnownRules.RuleError) : c.Findings.Max(f => f.Severity).ToName());
            string message = c.Findings.Count switch
            {
                0 => $"rule '{c.Id}' failed on this file: {c.Rule?.Reason}",
                1 => c.Findings[0].Message,
                _ => $"{c.Findings.Count} findings",
            };
            Attribute(xml, "message", message);
            // Each finding's own text is escaped, and the lines between findings are the writer's.
            xml.WriteString(string.Join("\n", c.Findings.Select(f =>
                $"{Visible(f.Path)}:{f.Location.Line}:{f.Location.Column}: {f.Severity.ToName()} {Visible(f.RuleId)}: {Visible(f.Message)}"
                + (string.IsNullOrEmpty(f.Suggestion) ? "" : $"\n    suggestion: {Visible(f.Suggestion)}"))));
            xml.WriteEndElement();
        }
        else if (c.Rule?.Status == Engine.RuleStatus.Skipped)
        {
            xml.WriteStartElement("skipped");
            if (c.Rule.Reason is not null) Attribute(xml, "message", c.Rule.Reason);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// A file name or filing text, shown with <see cref="VisibleText"/>: XML 1.0 cannot carry a control character at all
    /// (the writer threw on one in a file name, and the outputs after it were lost), and a CI page shows the rest.
    /// </summary>
    private static string Visible(string text) => VisibleText.Escape(text);

    private static void Attribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, Visible(value));

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double s) => s.ToString("0.000", CultureInfo.InvariantCulture);
}
