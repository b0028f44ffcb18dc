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
}
