using System.Text;
using DocumentFormat.OpenXml;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;
using Shouldly;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingLint.Tests.Documents;

public class ReaderTests
{
    private static Document Read(string path, byte[] bytes)
    {
        var result = DocumentLoader.Read(path, bytes);
        result.Error.ShouldBeNull();
        return result.Document!;
    }

    private static Document ReadText(string path, string text) => Read(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Html_blocks_entities_hidden_elements_and_page_breaks()
    {
        string html = "<html><body>\n<p>ACME&nbsp;CORP,&#160;Inc.</p><div style=\"display:none\"><p>hidden words</p></div>\n"
            + "<table><tr><td>Cell &amp; one</td><td><ix:nonFraction name=\"x\">1,000</ix:nonFraction> shares</td></tr></table>\n"
            + "<hr/><p>Two</p><p style='page-break-before:always'>Page &ldquo;three&rdquo;</p><div>outer <p>inner</p> tail</div></body></html>";
        var doc = ReadText("f.html", html);
        doc.Format.ShouldBe("html");
        doc.Blocks.Select(b => doc.Slice(b.Span)).ShouldBe(["ACME CORP, Inc.", "Cell & one", "1,000 shares", "Two", "Page “three”", "outer", "inner", "tail"]);
        doc.Text.ShouldNotContain("hidden");
        doc.Blocks[0].Page.ShouldBe(1);
        doc.Blocks[2].Page.ShouldBe(1);
        doc.Blocks[3].Page.ShouldBe(2);
        doc.Blocks[4].Page.ShouldBe(3);
        doc.Blocks[1].Kind.ShouldBe(BlockKind.TableCell);
        // A paragraph written inside a cell is the cell's text, and the text after the table is not.
        var cells = ReadText("g.html", "<table><tr><td><p>Risk Factors</p></td><td><p>S-7</p></td></tr></table><p>After</p>");
        cells.Blocks.Select(b => b.Kind).ShouldBe([BlockKind.TableCell, BlockKind.TableCell, BlockKind.Paragraph]);

        // Every word maps back to where it is written in the HTML, after entities and skipped markup.
        foreach (string word in new[] { "CORP", "Inc.", "one", "shares", "three", "tail" })
        {
            int at = doc.Text.IndexOf(word, StringComparison.Ordinal);
            var loc = Location.Of(doc, new SourceSpan(at, word.Length));
            string line = html.Split('\n')[loc.Line - 1];
            line.Substring(loc.Column - 1, word.Length).ShouldBe(word);
        }
    }

    [Fact]
    public void Html_is_recognized_by_content_whatever_the_extension()
    {
        ReadText("filing.txt", "  <!DOCTYPE html><html><body><p>Hello</p></body></html>").Format.ShouldBe("html");
        ReadText("filing.htm", "<DOCUMENT>\n<TYPE>424B5\n<TEXT>\n<html><body><p>Hi</p></body></html>\n</TEXT>\n</DOCUMENT>").Format.ShouldBe("edgar-submission");
    }

    [Fact]
    public void Submission_header_becomes_metadata_and_only_the_primary_document_is_read_with_submission_lines()
    {
        string sub = "<SEC-DOCUMENT>0001.txt : 20250331\n<SEC-HEADER>0001.hdr.sgml : 20250331\nACCESSION NUMBER:\t\t0001\n"
            + "CONFORMED SUBMISSION TYPE:\t424B5\nFILED AS OF DATE:\t\t20250331\nFILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n"
            + "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>424B5\n<SEQUENCE>1\n<FILENAME>d1.htm\n<TEXT>\n<html><body>\n<p>Primary &amp; first</p>\n"
            + "<PAGE>\n<p>Second page</p>\n</body></html>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-5.1\n<TEXT>\n<p>Exhibit words</p>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
        var doc = ReadText("sub.txt", sub);
        doc.Format.ShouldBe("edgar-submission");
        doc.Metadata["CONFORMED SUBMISSION TYPE"].ShouldBe("424B5");
        doc.Metadata["COMPANY CONFORMED NAME"].ShouldBe("ACME CORP");
        doc.Metadata["FILED AS OF DATE"].ShouldBe("20250331");
        doc.Text.ShouldNotContain("Exhibit");
        doc.Blocks.Last().Page.ShouldBe(2);
        int at = doc.Text.IndexOf("first", StringComparison.Ordinal);
        var loc = Location.Of(doc, new SourceSpan(at, 5));
        sub.Split('\n')[loc.Line - 1].Substring(loc.Column - 1, 5).ShouldBe("first");

        var text = ReadText("sub.nc", sub.Replace("<FILENAME>d1.htm\n", "").Replace("<html><body>\n<p>Primary &amp; first</p>", "Primary text first\n").Replace("<p>Second page</p>\n</body></html>", "Second page"));
        text.Blocks.Select(b => text.Slice(b.Span)).ShouldBe(["Primary text first", "Second page"]);
        text.Blocks[1].Page.ShouldBe(2);
    }

    [Fact]
    public void Utf16_and_windows_1252_text_are_decoded()
    {
        string s = "The “Sales Agreement” — €5";
        Read("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(s)]).Text.ShouldBe(s);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Read("b.htm", Encoding.GetEncoding(1252).GetBytes("<p>" + s + "</p>")).Text.ShouldBe(s);
    }

    [Fact]
    public void A_submission_is_decoded_by_all_of_its_bytes_even_when_only_its_primary_document_is_read()
    {
        // The primary document is valid UTF-8 on its own; a Windows-1252 quote in an exhibit makes the whole file
        // Windows-1252, and the primary document reads as it did when the whole file was decoded.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252);
        string primary = "<DOCUMENT>\n<TYPE>424B5\n<TEXT>\nThe Notes are priced at 99.5% \u00e9t\u00e9.\n</TEXT>\n</DOCUMENT>\n";
        string exhibit = "<DOCUMENT>\n<TYPE>EX-5.1\n<FILENAME>ex5.txt\n<TEXT>\nOur \u201copinion\u201d follows.\n</TEXT>\n</DOCUMENT>\n";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(primary), .. cp1252.GetBytes(exhibit)];
        var alone = DocumentLoader.Read("s.txt", bytes);
        var withExhibits = DocumentLoader.Read("s.txt", bytes, exhibits: true);
        string expected = cp1252.GetString(Encoding.UTF8.GetBytes("The Notes are priced at 99.5% \u00e9t\u00e9."));
        alone.Document!.Text.ShouldBe(expected);
        withExhibits.Document!.Text.ShouldBe(expected);
        withExhibits.Exhibits.Single().Text.ShouldBe("Our \u201copinion\u201d follows.");
        int at = expected.IndexOf("99.5%", StringComparison.Ordinal);
        Location.Of(alone.Document, new SourceSpan(at, 5)).ShouldBe(Location.Of(withExhibits.Document, new SourceSpan(at, 5)));
    }

    [Fact]
    public void Docx_reads_insertions_and_footnotes_but_not_deletions_or_comments()
    {
        var bytes = SeedConversions.Docx("First paragraph.\nSecond", body =>
        {
            var p = body.Elements<W.Paragraph>().Last();
            p.Append(new W.InsertedRun(new W.Run(new W.Text(" inserted") { Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "a" });
            p.Append(new W.DeletedRun(new W.Run(new W.DeletedText(" deleted") { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "a" });
            p.Append(new W.CommentRangeStart { Id = "0" }, new W.CommentRangeEnd { Id = "0" });
            body.Append(new W.Table(new W.TableRow(new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Cell text")))))));
        });
        var doc = Read("draft.docx", bytes);
        doc.Format.ShouldBe("docx");
        doc.Blocks.Select(b => doc.Slice(b.Span)).ShouldBe(["First paragraph.", "Second inserted", "Cell text"]);
        doc.Map.LinesAreParagraphs.ShouldBeTrue();
        int at = doc.Text.IndexOf("inserted", StringComparison.Ordinal);
        Location.Of(doc, new SourceSpan(at, 8)).Line.ShouldBe(2);
        Location.Of(doc, new SourceSpan(doc.Text.IndexOf("Cell", StringComparison.Ordinal), 4)).Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("bad.docx", new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6 })]
    [InlineData("secret.docx", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 })]
    [InlineData("image.htm", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0 })]
    public void Corrupt_encrypted_or_binary_files_are_unreadable_not_a_crash(string name, byte[] bytes)
    {
        var result = DocumentLoader.Read(name, bytes);
        result.Document.ShouldBeNull();
        result.Error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Seed_as_html_gives_the_same_findings_at_the_same_lines()
    {
        var text = Seed.Lint(Seed.Text).Findings;
        string html = SeedConversions.Html(Seed.Text, "\r\n");
        var doc = ReadText("seed.html", html);
        var htmlFindings = new LintEngine(Seed.BuiltInRules).Lint(doc).Findings;
        htmlFindings.Select(f => (f.RuleId, SeedConversions.Plain(f.Excerpt))).ShouldBe(text.Select(f => (f.RuleId, SeedConversions.Plain(f.Excerpt))));
        text.Count.ShouldBe(2);
        string[] lines = html.Split("\r\n");
        for (int i = 0; i < text.Count; i++)
        {
            htmlFindings[i].Location.Line.ShouldBe(text[i].Location.Line);
            string word = htmlFindings[i].Excerpt.Split(' ')[0];
            lines[htmlFindings[i].Location.Line - 1][(htmlFindings[i].Location.Column - 1)..].ShouldStartWith(word);
        }
    }

    [Fact]
    public void Seed_as_docx_gives_the_same_findings_at_the_matching_paragraphs()
    {
        var text = Seed.Lint(Seed.Text).Findings;
        var doc = Read("seed.docx", SeedConversions.Docx(Seed.Text));
        var docxFindings = new LintEngine(Seed.BuiltInRules).Lint(doc).Findings;
        docxFindings.Select(f => (f.RuleId, SeedConversions.Plain(f.Excerpt))).ShouldBe(text.Select(f => (f.RuleId, SeedConversions.Plain(f.Excerpt))));
        docxFindings.Select(f => f.Location.Line).ShouldBe(text.Select(f => f.Location.Line));
    }

    [Fact]
    public void Json_gives_the_paragraph_for_word_drafts_only()
    {
        var engine = new LintEngine(Seed.BuiltInRules);
        var docx = engine.Lint(Read("seed.docx", SeedConversions.Docx(Seed.Text)));
        var text = Seed.Lint(Seed.Text);
        var output = new StringWriter();
        new FilingLint.Reporting.JsonReportWriter().Write(new FilingLint.Reporting.LintRun([docx, text], [], DateTimeOffset.UnixEpoch), output);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var files = json.RootElement.GetProperty("files");
        var first = files[0].GetProperty("findings")[1];
        first.GetProperty("paragraph").GetInt32().ShouldBe(11);
        first.GetProperty("line").GetInt32().ShouldBe(11);
        files[1].GetProperty("findings")[1].TryGetProperty("paragraph", out _).ShouldBeFalse();
    }
}
