using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingLint.Tests.Documents;

/// <summary>The seed converted the way a filing agent or a lawyer would have it: HTML paragraphs and a Word draft.</summary>
internal static class SeedConversions
{
    /// <summary>The seed's Markdown-ish markup resolved: what a reader of the text sees.</summary>
    public static string Plain(string line) => line.Replace("**", "").Replace("\\$", "$");

    /// <summary>One &lt;p&gt; per non-empty seed line, on the same line number, with entities for quotes and ampersands.</summary>
    public static string Html(string text, string newline = "\n")
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Select(l =>
            l.Trim().Length == 0 ? "" : "<p style=\"margin:0\">" + WebUtility.HtmlEncode(Plain(l)).Replace("“", "&ldquo;").Replace("”", "&#8221;") + "</p>");
        return "<html><body>" + string.Join(newline, lines) + newline + "</body></html>";
    }

    /// <summary>One Word paragraph per seed line (empty lines become empty paragraphs), so paragraph N is seed line N.</summary>
    public static byte[] Docx(string text, Action<W.Body>? edit = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var raw in text.Split('\n'))
            {
                string line = Plain(raw.TrimEnd('\r'));
                var p = new W.Paragraph();
                if (line.Length > 0)
                {
                    bool bold = raw.TrimStart().StartsWith("**", StringComparison.Ordinal);
                    var run = new W.Run(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve });
                    if (bold) run.PrependChild(new W.RunProperties(new W.Bold()));
                    p.Append(run);
                }
                body.Append(p);
            }
            edit?.Invoke(body);
            main.Document = new W.Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
