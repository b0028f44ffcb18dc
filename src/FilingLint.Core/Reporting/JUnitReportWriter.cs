using System.Globalization;
using System.Xml;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// JUnit XML for CI test views: a test suite per file, a test case per rule that ran on it (plus <c>rule.error</c>
/// and <c>input.unreadable</c> when they occur); a rule's findings are its test case's failures, a skipped rule
/// is skipped.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public string Format => "junit";

    public void Write(LintRun run, TextWriter output)
    {
        var cases = run.Files.Select(file =>
        {
            var ids = file.Rules.Select(r => r.RuleId).Concat(file.Findings.Select(f => f.RuleId)).Distinct().ToList();
            return (file, ids);
        }).ToList();
        int tests = cases.Sum(c => c.ids.Count);
        int failures = cases.Sum(c => c.ids.Count(id => c.file.Findings.Any(f => f.RuleId == id)));

        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n", CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "FilingLint");
        xml.WriteAttributeString("tests", Num(tests));
        xml.WriteAttributeString("failures", Num(failures));
        xml.WriteAttributeString("errors", "0");
        foreach (var (file, ids) in cases)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", file.Path);
            xml.WriteAttributeString("tests", Num(ids.Count));
            xml.WriteAttributeString("failures", Num(ids.Count(id => file.Findings.Any(f => f.RuleId == id))));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", Num(file.Rules.Count(r => r.Status == Engine.RuleStatus.Skipped)));
            xml.WriteAttributeString("time", Seconds(file.Rules.Sum(r => r.Duration.TotalSeconds)));
            foreach (var id in ids)
            {
                var rule = file.Rules.FirstOrDefault(r => r.RuleId == id);
                var findings = file.Findings.Where(f => f.RuleId == id).ToList();
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", file.Path);
                xml.WriteAttributeString("name", id);
                xml.WriteAttributeString("time", Seconds(rule?.Duration.TotalSeconds ?? 0));
                if (findings.Count > 0)
                {
                    var worst = findings.Max(f => f.Severity);
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", worst.ToName());
                    xml.WriteAttributeString("message", Clean(findings.Count == 1 ? findings[0].Message : $"{findings.Count} findings"));
                    xml.WriteString(Clean(string.Join("\n", findings.Select(f =>
                        $"{f.Path}:{f.Location.Line}:{f.Location.Column}: {f.Severity.ToName()} {f.RuleId}: {f.Message}"
                        + (string.IsNullOrEmpty(f.Suggestion) ? "" : $"\n    suggestion: {f.Suggestion}")))));
                    xml.WriteEndElement();
                }
                else if (rule?.Status == Engine.RuleStatus.Skipped)
                {
                    xml.WriteStartElement("skipped");
                    if (rule.Reason is not null) xml.WriteAttributeString("message", Clean(rule.Reason));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteLine();
    }

    /// <summary>Filing text can hold characters XML 1.0 cannot carry (control characters); they become U+FFFD.</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray());

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double s) => s.ToString("0.000", CultureInfo.InvariantCulture);
}
