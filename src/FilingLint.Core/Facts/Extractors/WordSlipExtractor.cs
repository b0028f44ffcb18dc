using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Slips of editing, found in one pass over the words of each block: words left over (<see cref="LeftOverWord"/>) and
/// words and phrases typed twice in a row (<see cref="Repetition"/>).
/// Of repetitions, only what drafting never repeats on purpose counts: a short function word
/// ("the the", "of of"), or a phrase of two to six words in running text. English does repeat words on purpose, and
/// those shapes are left alone: a coordination ("fees and fees and expenses"), "from time to time to", a double
/// object ("pay the agent the agent's fees"), a nested phrase ("the average of the average"), Latin after a
/// preposition ("in in vitro") and Title Case words of a table ("Final Value Final Value").
/// Words are compared as spans; nothing is copied until a slip is found.
/// </summary>
internal sealed class WordSlipExtractor : IFactExtractor
{
    private const int MaxPhrase = 6;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "to", "in", "and", "or", "for", "by", "on", "our", "its", "is", "be", "that", "with", "as", "at", "which",
        "an", "we", "will", "may", "shall", "from", "this", "are", "not", "has", "have", "such", "any",
    };

    // A phrase that starts or ends with these is a coordination or a nested phrase, written twice on purpose.
    private static readonly HashSet<string> OpenersOnPurpose = new(StringComparer.Ordinal) { "the", "a", "an", "time", "and", "or" };
    private static readonly HashSet<string> ClosersOnPurpose = new(StringComparer.Ordinal) { "and", "or", "the", "a", "an", "of" };

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var words = new List<(int Start, int End)>();
        var keys = new List<int>();
        // One block at a time: a word at the end of a heading and the same word opening the next paragraph are layout.
        foreach (var block in context.Document.Blocks)
        {
            Words(text, block.Span.Start, block.Span.End, words, keys);
            Find(context, text, words, keys);
            FindLeftOver(context, text, words);
        }
    }

    /// <summary>
    /// The words of text[start..end), each with a key that two equal words share, ignoring case: its length and its first
    /// letter in upper case. Keys differ for almost every pair of words, and comparing them is what makes looking for a
    /// repeated phrase of up to six words at every word cheap.
    /// </summary>
    private static void Words(string text, int start, int end, List<(int Start, int End)> words, List<int> keys)
    {
        words.Clear();
        keys.Clear();
        int i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int s = i;
            while (i < end && IsWordChar(text[i])) i++;
            words.Add((s, i));
            keys.Add((i - s) << 16 | char.ToUpperInvariant(text[s]));
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static void Find(FactContext context, string text, List<(int Start, int End)> words, List<int> keys)
    {
        int w = 0;
        while (w < words.Count)
        {
            int found = 0;
            for (int n = Math.Min(MaxPhrase, (words.Count - w) / 2); n >= 1 && found == 0; n--)
                if (keys[w] == keys[w + n] && IsRepetition(text, words, w, n)) found = n;
            if (found == 0) { w++; continue; }
            int start = words[w].Start, end = words[w + 2 * found - 1].End;
            context.Repetitions.Add(new Repetition(text[start..end], text[start..words[w + found - 1].End], new SourceSpan(start, end - start)));
            w += 2 * found;
        }
    }

    // A capitalised "A" may be a class ("the A Notes"): only the lower-case article follows another determiner.
    private static readonly HashSet<string> FirstDeterminers = new(StringComparer.Ordinal)
        { "our", "Our", "the", "The", "its", "Its", "their", "Their", "your", "Your", "this", "This", "these", "These", "a", "A", "an", "An" };
    private static readonly HashSet<string> SecondDeterminers = new(StringComparer.Ordinal) { "the", "our", "its", "their", "a", "an" };
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "was", "were" };
    private static readonly HashSet<string> AfterCopula = new(StringComparer.Ordinal) { "has", "have", "is", "are", "was", "were", "will" };
    private static readonly HashSet<string> Haves = new(StringComparer.Ordinal) { "has", "have", "had" };
    private static readonly HashSet<string> AfterHave = new(StringComparer.Ordinal) { "will", "is", "are", "has", "have", "was", "were" };

    /// <summary>
    /// Two determiners ("the our"), or a finite verb after "is" or "has" ("is has", "has will"), one space apart. The same
    /// word twice is a repetition, not a left-over word; "has had" and "is being" are English.
    /// </summary>
    private static void FindLeftOver(FactContext context, string text, List<(int Start, int End)> words)
    {
        for (int w = 0; w + 1 < words.Count; w++)
        {
            var (s1, e1) = words[w];
            var (s2, e2) = words[w + 1];
            if (s2 != e1 + 1 || text[e1] != ' ' || e1 - s1 > 5 || e2 - s2 > 5) continue;
            // Most pairs of short words are neither: look them up as spans, without copying either word.
            var first = text.AsSpan(s1, e1 - s1);
            var second = text.AsSpan(s2, e2 - s2);
            if (first.Equals(second, StringComparison.OrdinalIgnoreCase)) continue;
            bool determiners = In(FirstDeterminers, first) && In(SecondDeterminers, second)
                && e2 + 1 < text.Length && text[e2] == ' ' && IsWordChar(text[e2 + 1]);
            bool verbs = In(Copulas, first) && In(AfterCopula, second) || In(Haves, first) && In(AfterHave, second);
            if (!determiners && !verbs) continue;
            context.LeftOverWords.Add(new LeftOverWord(text[s1..e2], SourceSpan.FromBounds(s1, e2)));
            w++;
        }
    }

    private static bool In(HashSet<string> words, ReadOnlySpan<char> word) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsRepetition(string text, List<(int Start, int End)> words, int w, int n)
    {
        // The copies' first words differ almost everywhere: looked at first, that ends the test for most words at once.
        if (!Word(text, words[w]).Equals(Word(text, words[w + n]), n == 1 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return false;
        // Both copies are one run of words with single spaces between them: "of the shares, of the shares" is a list.
        for (int k = w; k < w + 2 * n - 1; k++)
            if (words[k + 1].Start != words[k].End + 1 || text[words[k].End] != ' ') return false;
        for (int k = 0; k < n; k++)
            if (!Word(text, words[w + k]).Equals(Word(text, words[w + n + k]), n == 1 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                return false;
        var first = Word(text, words[w]);
        if (n == 1)
        {
            if (!In(FunctionWords, first)) return false;
            // "in in vitro", "in in vivo": Latin after a preposition.
            if (first.Equals("in", StringComparison.OrdinalIgnoreCase) && w + 2 < words.Count
                && Word(text, words[w + 2]).StartsWith("vi", StringComparison.OrdinalIgnoreCase)) return false;
            return true;
        }
        // Running text: the phrase opens with a lower-case word that is not a coordinator or article.
        if (!char.IsLower(first[0]) || In(OpenersOnPurpose, first)) return false;
        if (In(ClosersOnPurpose, Word(text, words[w + n - 1]))) return false;
        // A double object ("the agent the agent's fees") continues the second copy with a possessive.
        int after = words[w + 2 * n - 1].End;
        if (after < text.Length && text[after] is '\'' or '’') return false;
        return true;
    }

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);
}
