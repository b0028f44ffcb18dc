using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Opening curly quotation marks left open at the end of a paragraph (<see cref="UnclosedQuote"/>). Only a short quote
/// counts, a title or a term of a few words: a quotation of several paragraphs opens each paragraph with a mark and closes
/// only the last, by convention, so a mark that opens its paragraph, or a long run of words after the mark, is not a slip.
/// Straight quotes are left alone: the same mark opens and closes.
/// </summary>
internal sealed class UnclosedQuoteExtractor : IFactExtractor
{
    private const int MaxWords = 8;

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var blocks = context.Document.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            int open = -1;
            for (int i = block.Span.Start; i < block.Span.End; i++)
            {
                if (text[i] == '“') open = i;
                else if (text[i] == '”') open = -1;
            }
            if (open < 0 || IsFirstMark(text, block.Span.Start, open)) continue;
            var tail = text.AsSpan(open + 1, block.Span.End - open - 1);
            if (tail.IsWhiteSpace() || Words(tail) > MaxWords || ClosesInNextParagraph(context.Document, b)) continue;
            context.UnclosedQuotes.Add(new UnclosedQuote(text[open..block.Span.End], SourceSpan.FromBounds(open, block.Span.End)));
        }
    }

    /// <summary>
    /// A paragraph cut by a page break goes on after the page's footer ("S-10", "Table of Contents"): the quote is
    /// closed there if a closing mark comes before any opening one.
    /// </summary>
    private static bool ClosesInNextParagraph(Document document, int b)
    {
        var blocks = document.Blocks;
        for (int n = b + 1; n < blocks.Count && n <= b + 4; n++)
        {
            var next = document.Slice(blocks[n].Span);
            if (next.Length <= 20 && !next.Contains('“') && !next.Contains('”')) continue; // a page number or running head
            int close = next.IndexOf('”'), reopen = next.IndexOf('“');
            return close >= 0 && (reopen < 0 || close < reopen);
        }
        return false;
    }

    private static bool IsFirstMark(string text, int start, int at)
    {
        for (int i = start; i < at; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static int Words(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
