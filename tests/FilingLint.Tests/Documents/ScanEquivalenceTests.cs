using FilingLint.Documents;
using FilingLint.Documents.Readers;
using FsCheck;
using FsCheck.Fluent;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Documents;

/// <summary>
/// The readers' vectorized scans against their definitions, one character at a time: the same answers on text built
/// from the characters where the two could part (spaces, markup, entities, line breaks, non-ASCII, dropped characters).
/// </summary>
public class ScanEquivalenceTests
{
    private static bool IsPlain(char c) =>
        c > ' ' && c != '<' && c != '&' && (c < '\u0080' || !char.IsWhiteSpace(c) && c is not ('\u200B' or '\uFEFF' or '\u00AD'));

    /// <summary>The verbatim run as the HTML reader defined it before it was vectorized.</summary>
    private static int VerbatimRunByCharacter(string text, string source)
    {
        int n = 0, limit = Math.Min(text.Length, source.Length);
        while (n < limit)
        {
            char c = text[n];
            if (c != source[n]) break;
            if (IsPlain(c) || c == ' ' && n > 0 && n + 1 < limit && IsPlain(text[n + 1])) n++;
            else break;
        }
        while (n > 0 && text[n - 1] == ' ') n--;
        return n;
    }

    private static int[] LineStartsByCharacter(string source)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n') starts.Add(i + 1);
            else if (source[i] == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')) starts.Add(i + 1);
        }
        return starts.ToArray();
    }

    private static readonly string[] Pieces =
        ["Agreement", "a", "B.", " ", "  ", "\n", "\r", "\r\n", "\t", "<b>", "&amp;", "&", "<", "é", "Ünion", "\u00A0", "\u200B",
         "\u00AD", "\uFEFF", "\u2003", "\u007F", "~", "$5,000", "“Notes”", "x"];

    private static Gen<string> Texts => Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p));

    [Fact]
    public void A_verbatim_run_is_the_same_as_one_character_at_a_time()
    {
        // A source that is the text, or the text changed at one place, so that runs end both at a difference and at a character.
        var cases = Texts.SelectMany(text => Gen.Choose(0, text.Length).SelectMany(at => Gen.Elements(Pieces).Select(p =>
            (text, source: at < text.Length && p.Length > 0 ? text[..at] + p + text[at..] : text))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(cases.ToArbitrary(), c =>
            VerbatimText.Run(c.text, c.source).ShouldBe(VerbatimRunByCharacter(c.text, c.source), $"text: {c.text}; source: {c.source}")));
    }

    [Fact]
    public void A_verbatim_run_stops_at_markup_entities_double_spaces_and_differences()
    {
        VerbatimText.Run("Sales Agreement<b>", "Sales Agreement<b>").ShouldBe(15);
        VerbatimText.Run("Sales  Agreement", "Sales  Agreement").ShouldBe(5);
        VerbatimText.Run("AT&T", "AT&amp;T").ShouldBe(2);
        VerbatimText.Run(" leading", " leading").ShouldBe(0);
        VerbatimText.Run("trailing ", "trailing ").ShouldBe(8);
        VerbatimText.Run("café au lait", "café au lait").ShouldBe(12);
        VerbatimText.Run("Notes due", "Notes  due").ShouldBe(5);
    }

    [Fact]
    public void Line_starts_are_the_same_as_one_character_at_a_time()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(Texts.ToArbitrary(), text =>
            SourceMap.LineStartsOf(text).ShouldBe(LineStartsByCharacter(text), $"source: {text.Replace("\r", "\\r").Replace("\n", "\\n")}")));
        SourceMap.LineStartsOf("a\r\nb\rc\n\nd").ShouldBe([0, 3, 5, 7, 8]);
        SourceMap.LineStartsOf("").ShouldBe([0]);
        SourceMap.LineStartsOf("\r").ShouldBe([0, 1]);
    }
}
