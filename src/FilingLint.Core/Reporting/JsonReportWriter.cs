using System.Text.Encodings.Web;
using System.Text.Json;

namespace FilingLint.Reporting;

/// <summary>
/// The JSON contract: <c>{"files":[{"path","findings":[{"ruleId","severity","message","line","column","endLine",
/// "endColumn","excerpt","suggestion"}]}] (plus "paragraph" for Word drafts, and "related":[{"path","line","column","endLine","endColumn","excerpt"}] for a finding that points at a second place),"summary":{"files","errors","warnings","infos"}}</c>, and per file the
/// additions of <see cref="JsonResultTree"/>.
/// Written field by field so the shape cannot drift with a refactoring.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public void Write(LintRun run, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in run.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteStartArray("findings");
                bool paragraphs = file.Document?.Map.LinesAreParagraphs == true;
                foreach (var f in file.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.RuleId);
                    json.WriteString("severity", Findings.SeverityNames.ToName(f.Severity));
                    json.WriteString("message", f.Message);
                    json.WriteNumber("line", f.Location.Line);
                    json.WriteNumber("column", f.Location.Column);
                    json.WriteNumber("endLine", f.Location.EndLine);
                    json.WriteNumber("endColumn", f.Location.EndColumn);
                    // Word drafts have no lines: "line" is the paragraph number, said plainly here too.
                    if (paragraphs) json.WriteNumber("paragraph", f.Location.Line);
                    json.WriteString("excerpt", f.Excerpt);
                    if (f.Suggestion is null) json.WriteNull("suggestion");
                    else json.WriteString("suggestion", f.Suggestion);
                    // Only when there is one: a deal finding's other document, or the earlier statement it contradicts.
                    if (f.Related.Count > 0)
                    {
                        json.WriteStartArray("related");
                        foreach (var r in f.Related)
                        {
                            json.WriteStartObject();
                            json.WriteString("path", r.Path);
                            json.WriteNumber("line", r.Location.Line);
                            json.WriteNumber("column", r.Location.Column);
                            json.WriteNumber("endLine", r.Location.EndLine);
                            json.WriteNumber("endColumn", r.Location.EndColumn);
                            json.WriteString("excerpt", r.Excerpt);
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                JsonResultTree.Write(json, file);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", run.Files.Count);
            json.WriteNumber("errors", run.Errors);
            json.WriteNumber("warnings", run.Warnings);
            json.WriteNumber("infos", run.Infos);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }
}
