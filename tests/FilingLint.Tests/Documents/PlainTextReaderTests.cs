using FilingLint.Documents;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Documents;

public class PlainTextReaderTests
{
    [Fact]
    public void Seed_text_is_normalized_and_every_offset_maps_back_to_its_line_and_column()
    {
        var doc = Seed.Read(Seed.Text);
        doc.Text.ShouldContain("CELLECTAR BIOSCIENCES, INC.");
        doc.Text.ShouldNotContain("**");
        doc.Text.ShouldContain("up to $14,500,000");
        doc.Text.ShouldNotContain("\\$");

        int at = doc.Text.IndexOf("Sales Agreement", StringComparison.Ordinal);
        var location = Location.Of(doc, new SourceSpan(at, "Sales Agreement".Length));
        string[] lines = Seed.Text.Split('\n');
        location.Line.ShouldBe(11);
        lines[10].Substring(location.Column - 1, "Sales Agreement".Length).ShouldBe("Sales Agreement");
        location.EndColumn.ShouldBe(location.Column + "Sales Agreement".Length);

        // After an escape the map is still exact: "$69,000" is written "\$69,000" in the source.
        int money = doc.Text.IndexOf("$69,000", StringComparison.Ordinal);
        var m = Location.Of(doc, new SourceSpan(money, 7));
        lines[m.Line - 1].Substring(m.Column - 1, 8).ShouldBe("$69,000.");
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_rules_start_a_new_page()
    {
        var doc = Seed.Read("**TITLE**\n\nFirst line\nsecond line.\n\n---\n\nNext page.\r\n");
        doc.Blocks.Count.ShouldBe(3);
        doc.Blocks[0].IsBold.ShouldBeTrue();
        doc.Slice(doc.Blocks[1].Span).ShouldBe("First line second line.");
        doc.Blocks[1].Page.ShouldBe(1);
        doc.Blocks[2].Page.ShouldBe(2);
        doc.Slice(doc.CoverPage).ShouldNotContain("Next page");
    }

    [Fact]
    public void Binary_input_is_unreadable_not_a_crash()
    {
        var result = DocumentLoader.Read("x.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3 });
        result.Document.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain("binary");
    }

    [Fact]
    public void Windows_1252_curly_quotes_are_decoded()
    {
        byte[] bytes = { (byte)'(', (byte)'t', (byte)'h', (byte)'e', (byte)' ', 0x93, (byte)'A', (byte)'g', (byte)'e', (byte)'n', (byte)'t', 0x94, (byte)')' };
        var doc = DocumentLoader.Read("x.txt", bytes).Document!;
        doc.Text.ShouldBe("(the “Agent”)");
    }
    [Fact]
    public void Html_comments_are_invisible_and_the_map_stays_exact_around_them()
    {
        string source = "<!-- expect: a.rule -->\nFirst <!-- inline -->line\n<!-- own line -->\nsecond line.\n\n<!--\n---\nmulti\n-->\nNext <!-- x --> para.\n";
        var doc = Seed.Read(source, "f.md");
        doc.Text.ShouldBe("First line second line.\n\nNext para.");
        doc.Blocks.Count.ShouldBe(2);
        doc.Blocks.ShouldAllBe(b => b.Page == 1); // the '---' inside the comment is no page break

        int line = doc.Text.IndexOf("line ", StringComparison.Ordinal);
        var l = Location.Of(doc, new SourceSpan(line, 4));
        (l.Line, l.Column).ShouldBe((2, 22));
        int second = doc.Text.IndexOf("second", StringComparison.Ordinal);
        Location.Of(doc, new SourceSpan(second, 6)).ShouldBe(new Location(4, 1, 4, 7));
        int para = doc.Text.IndexOf("para", StringComparison.Ordinal);
        Location.Of(doc, new SourceSpan(para, 4)).ShouldBe(new Location(10, 17, 10, 21));

        doc.Comments.Select(c => (c.Text, c.Start.Line, c.Start.Column, c.OwnLine)).ShouldBe(new[]
        {
            ("expect: a.rule", 0, 0, true), ("inline", 1, 6, false), ("own line", 2, 0, true), ("---\nmulti", 5, 0, true), ("x", 9, 5, false),
        });
    }

    [Fact]
    public void An_unclosed_comment_stays_text_so_nothing_after_it_is_hidden()
    {
        var doc = Seed.Read("Before <!-- oops\n\nAfter.\n", "f.md");
        doc.Text.ShouldBe("Before <!-- oops\n\nAfter.");
        doc.Comments.ShouldBeEmpty();
    }
}
