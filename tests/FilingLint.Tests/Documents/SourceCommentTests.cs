using DocumentFormat.OpenXml.Packaging;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.RuleTesting;
using Shouldly;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingLint.Tests.Documents;

/// <summary>
/// HTML comments and Word comments carry fixture markers and in-filing suppressions, as Markdown comments do:
/// recorded with their place, kept out of the text.
/// </summary>
public class SourceCommentTests
{
    private static Document Read(string name, byte[] bytes) => DocumentLoader.Read(name, bytes).Document!;

    private static Document ReadHtml(string html) => Read("f.html", System.Text.Encoding.UTF8.GetBytes(html));

    /// <summary>Adds a Word comment anchored on paragraph <paramref name="paragraph"/> (1-based), as Word writes it: range start, range end, reference run.</summary>
    private static byte[] WithWordComment(byte[] docx, int paragraph, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            part.Comments ??= new W.Comments();
            string id = part.Comments.Elements<W.Comment>().Count().ToString(System.Globalization.CultureInfo.InvariantCulture);
            part.Comments.Append(new W.Comment(new W.Paragraph(new W.Run(new W.Text(text)))) { Id = id, Author = "Compliance" });
            part.Comments.Save();
            var p = main.Document!.Body!.Elements<W.Paragraph>().ElementAt(paragraph - 1);
            p.PrependChild(new W.CommentRangeStart { Id = id });
            p.Append(new W.CommentRangeEnd { Id = id }, new W.Run(new W.CommentReference { Id = id }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    [Fact]
    public void Html_comments_are_recorded_with_their_line_and_script_text_is_not_a_comment()
    {
        var doc = ReadHtml("<!-- expect: a.rule -->\n<html><body>\n<p>First <!-- beside --> line</p>\n  <!-- own line -->  <!-- two -->\n"
            + "<p>Second</p>\n<script>var s = \"<!-- not a comment -->\";</script>\n<p>Third</p></body></html>\n");
        doc.Text.ShouldBe("First line\n\nSecond\n\nThird");
        doc.Comments.Select(c => (c.Text, c.Start.Line, c.Start.Column, c.OwnLine)).ShouldBe(new[]
        {
            ("expect: a.rule", 0, 0, true), ("beside", 2, 9, false), ("own line", 3, 2, true), ("two", 3, 21, true),
        });
        // The stacked comments on line 4 both speak about line 5, "Second".
        doc.TargetLine(doc.Comments[2]).ShouldBe(4);
        doc.TargetLine(doc.Comments[3]).ShouldBe(4);
    }

    [Fact]
    public void Html_comments_outside_the_text_read_are_recorded_too_in_source_order()
    {
        // Before <html>, in the head, in a hidden element, in the inline XBRL header, inline, after </body> and after </html>.
        var doc = ReadHtml("<!DOCTYPE html>\n<!-- before -->\n<html><head><!-- head --><style>p {}</style></head>\n<body>\n<p>Text</p>\n"
            + "<div style=\"display: none\"><!-- hidden --> secret</div>\n<ix:header><!-- ix --></ix:header>\n<p>More <!-- inline --></p>\n"
            + "</body><!-- after body -->\n</html>\n<!-- after html -->\n");
        doc.Text.ShouldBe("Text\n\nMore");
        doc.Comments.Select(c => (c.Text, c.Start.Line)).ShouldBe(new[]
        {
            ("before", 1), ("head", 2), ("hidden", 5), ("ix", 6), ("inline", 7), ("after body", 8), ("after html", 10),
        });
    }

    [Fact]
    public void Html_fixture_markers_and_suppressions_work_like_markdown_ones()
    {
        // The seed as HTML, one <p> per seed line: line 11 holds the misnamed "Sales Agreement".
        var lines = SeedConversions.Html(Seed.Text).Split('\n').ToList();
        lines.Insert(10, "<!-- filinglint-disable-next-line terms.inconsistent-agreement-name the 2022 supplement quotes the agent's name for it -->");
        lines.Insert(10, "<!-- expect: legend.rule-424b-header -->");
        var doc = ReadHtml(string.Join("\n", lines));
        var result = new LintEngine(Seed.BuiltInRules).Lint(doc);
        result.Findings.ShouldNotContain(f => f.RuleId == "terms.inconsistent-agreement-name");
        result.Suppressed.ShouldContain(s => s.Finding.RuleId == "terms.inconsistent-agreement-name");
        // Both comments stand alone above line 13 (the seed's line 11), so the marker targets it.
        FixtureMarkers.Read(doc).ShouldHaveSingleItem().Line.ShouldBe(13);
    }

    [Fact]
    public void Word_comments_are_kept_out_of_the_text_and_speak_about_their_paragraph_or_the_next()
    {
        byte[] docx = WithWordComment(SeedConversions.Docx("Cover.\n\nThe Sales Agreement was amended."), 3, "expect: terms.inconsistent-agreement-name");
        docx = WithWordComment(docx, 2, "filinglint-disable-next-line terms.undefined reason");
        var doc = Read("draft.docx", docx);
        doc.Text.ShouldBe("Cover.\n\nThe Sales Agreement was amended.");
        doc.Comments.Select(c => (c.Text, c.OwnLine)).ShouldBe(new[]
        {
            ("filinglint-disable-next-line terms.undefined reason", true), ("expect: terms.inconsistent-agreement-name", false),
        });
        // On the empty paragraph 2 the comment speaks about paragraph 3; on paragraph 3 about itself.
        doc.Comments.Select(doc.TargetLine).ShouldBe(new[] { 2, 2 });
        FixtureMarkers.Read(doc).ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Fact]
    public void A_word_comment_suppresses_a_finding_and_a_word_fixture_passes_rules_test()
    {
        // Seed paragraph 11 holds "Sales Agreement" where the filing defines the "Equity Distribution Agreement".
        byte[] seed = SeedConversions.Docx(Seed.Text);
        var engine = new LintEngine(Seed.BuiltInRules);
        engine.Lint(Read("seed.docx", seed)).Findings.ShouldContain(f => f.RuleId == "terms.inconsistent-agreement-name" && f.Location.Line == 11);

        byte[] suppressed = WithWordComment(seed, 11, "filinglint-disable-next-line terms.inconsistent-agreement-name the agent's name for it in 2022");
        var result = engine.Lint(Read("seed.docx", suppressed));
        result.Findings.ShouldNotContain(f => f.RuleId == "terms.inconsistent-agreement-name");
        result.Suppressed.ShouldHaveSingleItem().Finding.Location.Line.ShouldBe(11);

        var passing = RuleFixtures.Run(engine, new Fixture("terms.inconsistent-agreement-name", "seed.docx",
            WithWordComment(seed, 11, "expect: terms.inconsistent-agreement-name")));
        passing.Passed.ShouldBeTrue();
        var wrong = RuleFixtures.Run(engine, new Fixture("terms.inconsistent-agreement-name", "seed.docx",
            WithWordComment(seed, 9, "expect: terms.inconsistent-agreement-name")));
        wrong.Passed.ShouldBeFalse();
        wrong.Mismatches.Select(m => m.Line).ShouldBe(new[] { 9, 11 }, ignoreOrder: true);
    }
}
