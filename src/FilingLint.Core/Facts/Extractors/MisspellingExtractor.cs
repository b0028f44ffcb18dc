using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Capitalized words misspelt where they are rare (<see cref="Misspelling"/>). Without a dictionary the filing is its own:
/// a word written once or twice, never in lower case, that is a typing slip (<see cref="Spelling.IsTypingSlip"/>) of a
/// word of the same first letter written at least three times as often, and that stands beside a word the usual
/// spelling also stands beside (“Placement Agenct” as “Placement Agency”, “Hong King” as “Hong Kong”). The company it
/// keeps is what tells a slip from another name one letter away (“Michal” and “Michael” are two people).
/// </summary>
internal sealed class MisspellingExtractor : IFactExtractor
{
    private const int MinLength = 4;
    private const int MaxRare = 2;
    private const int MinUsual = 3;
    private const int Ratio = 3;
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr", "Ms", "Mrs", "Dr" };

    public void Extract(FactContext context)
    {
        string text = context.Text;
        foreach (var slip in SetPhrases.Find(text))
            context.Misspellings.Add(new Misspelling(text.Substring(slip.Start, slip.Length), slip.Expected, Words.Count(text, slip.Expected), new SourceSpan(slip.Start, slip.Length))
                { DroppedWord = slip.Dropped });
        // The words of each block in order (a word's neighbours never cross a block), with where each Title-case word stands.
        // Sized for the text at once (English averages a word per six characters): grown by doubling, a long filing's
        // list left a trail of large arrays that each cost a full collection.
        var words = new List<(int Start, int End)>(text.Length / 6 + 16);
        var blockStarts = new List<int>(); // index into words where each block's words begin
        var titleCase = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lowerCase = new HashSet<string>(StringComparer.Ordinal);
        // Looked up by span: a word becomes a string only the first time it is seen, not at each of its uses.
        var titleLookup = titleCase.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowerLookup = lowerCase.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var block in context.Document.Blocks)
        {
            blockStarts.Add(words.Count);
            int i = block.Span.Start, end = block.Span.End;
            while (i < end)
            {
                if (!char.IsLetter(text[i])) { i++; continue; }
                int s = i;
                while (i < end && char.IsLetter(text[i])) i++;
                var word = text.AsSpan(s, i - s);
                if (IsTitleCase(word))
                {
                    if (!titleLookup.TryGetValue(word, out var at)) titleLookup[word] = at = new List<int>();
                    at.Add(words.Count);
                }
                // Only a rare word's lower case is looked for, and rare words are MinLength or longer: "the", "of" and
                // "and", most of the words, need not be kept.
                else if (word.Length >= MinLength && IsLowerCase(word)) lowerLookup.Add(word);
                words.Add((s, i));
            }
        }
        if (titleCase.Count == 0) return;

        var usual = titleCase.Where(p => p.Value.Count >= MinUsual && Array.IndexOf(DateParser.FullMonthNames, p.Key) < 0)
            .ToLookup(p => p.Key[0], p => p.Key);
        foreach (var (rare, at) in titleCase)
        {
            if (at.Count > MaxRare || rare.Length < MinLength || lowerCase.Contains(rare.ToLowerInvariant())) continue;
            foreach (var expected in usual[rare[0]])
            {
                var expectedAt = titleCase[expected];
                if (expectedAt.Count < Ratio * at.Count || expected.StartsWith(rare, StringComparison.Ordinal) || rare.StartsWith(expected, StringComparison.Ordinal)
                    || !Spelling.IsTypingSlip(rare, expected) || !SharesANeighbour(at, expectedAt) && !IsSurnameOf(at, expectedAt)) continue;
                // Part II too: an exhibit index misspells an agreement's title as easily as the prospectus does.
                foreach (int w in at)
                    context.Misspellings.Add(new Misspelling(rare, expected, expectedAt.Count, new SourceSpan(words[w].Start, words[w].End - words[w].Start)));
                break;
            }
        }

        AddMisspeltPlaces(context, words, blockStarts, titleCase);

        bool SharesANeighbour(List<int> rareAt, List<int> usualAt)
        {
            foreach (int r in rareAt)
                foreach (int u in usualAt)
                    if (Neighbour(r, -1) is { } before && before == Neighbour(u, -1) || Neighbour(r, 1) is { } after && after == Neighbour(u, 1)) return true;
            return false;
        }

        // "Mr. Kersner" where the filing introduces "Andrew Kershner": a person called by an honorific and a surname the
        // filing otherwise never writes is someone it has named in full, under a surname it spells another way.
        bool IsSurnameOf(List<int> rareAt, List<int> usualAt) =>
            rareAt.All(r => Neighbour(r, -1) is { } before && Honorifics.Contains(before))
            && usualAt.Any(u => Neighbour(u, -1) is { } before && !Honorifics.Contains(before) && before.Length > 1 && !before.All(char.IsUpper));

        // The capitalized word next to word w in its block, or null.
        string? Neighbour(int w, int step)
        {
            int n = w + step;
            if (n < 0 || n >= words.Count || BlockOf(n) != BlockOf(w)) return null;
            string word = text[words[n].Start..words[n].End];
            return char.IsUpper(word[0]) ? word : null;
        }

        int BlockOf(int w) => MisspellingExtractor.BlockOf(blockStarts, w);
    }

    /// <summary>
    /// A place of several words (<see cref="PlaceNames"/>) with one of its words typed wrong and the others right,
    /// within one block: “Hong King Limited”. Found whether or not the filing also writes the place correctly.
    /// </summary>
    private static void AddMisspeltPlaces(FactContext context, List<(int Start, int End)> words, List<int> blockStarts,
        Dictionary<string, List<int>> titleCase)
    {
        string text = context.Text;
        var found = new HashSet<int>();
        foreach (var place in PlaceNames.Names.OrderByDescending(p => p.Length))
        {
            for (int slip = 0; slip < place.Length; slip++)
            {
                // Anchored on a word of the place that is written right; the slip is at another position.
                int anchor = slip == 0 ? 1 : 0;
                if (!char.IsUpper(place[anchor][0]) || !titleCase.TryGetValue(place[anchor], out var at)) continue;
                foreach (int w in at)
                {
                    int start = w - anchor;
                    if (start < 0 || start + place.Length > words.Count || BlockOf(blockStarts, start) != BlockOf(blockStarts, start + place.Length - 1)) continue;
                    bool match = true;
                    for (int k = 0; k < place.Length && match; k++)
                    {
                        string word = text[words[start + k].Start..words[start + k].End];
                        match = k == slip
                            ? word != place[k] && char.IsUpper(word[0]) && word.Length >= 3 && Spelling.IsTypingSlip(word, place[k]) && !IsAdjective(word, place[k])
                            : word == place[k].TrimEnd('.');
                    }
                    if (!match || !found.Add(start)) continue;
                    var span = SourceSpan.FromBounds(words[start].Start, words[start + place.Length - 1].End);
                    if (context.Misspellings.Any(m => m.Span.Start < span.End && span.Start < m.Span.End)) continue;
                    string expected = string.Join(' ', place);
                    context.Misspellings.Add(new Misspelling(text.Substring(span.Start, span.Length), expected, Words.Count(text, expected), span));
                }
            }
        }
    }

    /// <summary>“South African”, “Saudi Arabian”: the place's adjective, not a slip.</summary>
    private static bool IsAdjective(string word, string place) =>
        word.Length == place.Length + 1 && word.StartsWith(place, StringComparison.Ordinal) && word[^1] == 'n';

    /// <summary>The block that word <paramref name="w"/> stands in.</summary>
    private static int BlockOf(List<int> blockStarts, int w)
    {
        int b = blockStarts.BinarySearch(w);
        return b >= 0 ? b : ~b - 1;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        for (int i = 1; i < word.Length; i++) if (!char.IsLower(word[i])) return false;
        return true;
    }

    private static bool IsLowerCase(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (!char.IsLower(c)) return false;
        return true;
    }
}
