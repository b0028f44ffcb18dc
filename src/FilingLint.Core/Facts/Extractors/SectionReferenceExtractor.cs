using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Cross-references to sections by title (<see cref="SectionReference"/>), held against the titles the filing shows:
/// headings, contents entries and short lines that are a title on their own. A title of parts (“Prospectus Summary—The
/// Offering”) is found when each part is. A reference is read only when its sentence names no other document, and only
/// in a filing where some reference is found, so a filing whose headings the reader cannot see reports nothing.
/// </summary>
internal sealed partial class SectionReferenceExtractor : IFactExtractor
{
    // Anchored on the opening quote (a vectorized search for two characters), the words before it looked behind for:
    // led by "section", most of a long filing's text is passed over without trying the pattern.
    [GeneratedRegex(@"(?<=\b(?:[Ss]ections?|[Cc]aptions?|[Hh]eadings?)\s+(?:of\s+this\s+(?:prospectus(?:\s+supplement)?|registration\s+statement)\s+)?(?:entitled|titled|captioned|headed)\s+)(?<list>[“""][^“”""\n]{2,100}?[”""](?:\s*,?\s*(?:and\s+|or\s+)?[“""][^“”""\n]{2,100}?[”""]){0,6})")]
    private static partial Regex Reference();

    [GeneratedRegex(@"[“""](?<t>[^“”""\n]{2,100}?)[”""]")]
    private static partial Regex Quoted();

    // The sentence points into another document: its sections are not this filing's.
    [GeneratedRegex(@"\b(?:accompanying|base\s+prospectus|Annual\s+Report|Quarterly\s+Reports?|Current\s+Reports?|Form\s+(?:10-K|10-Q|8-K|20-F|40-F|6-K)|incorporated|proxy|filings?\s+with|reports\s+(?:we\s+)?file|documents)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDocument();

    [GeneratedRegex(@"\s*[—–]\s*|\s+-+\s+|:\s+")]
    private static partial Regex PartSeparator();

    private const int MaxTitleLine = 160;
    private const int MaxRunInHeading = 100;
    private const string LeadingMarks = "•*—–- \u00a0";
    private const string TrailingMarks = ".,:; \u00a0";

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var found = new List<(string Title, SourceSpan Span)>();
        foreach (Match m in Reference().Matches(text))
        {
            int start = context.SentenceStart(m.Index), end = context.SentenceEnd(m.Index + m.Length - 1); // the last mark may end the block
            if (OtherDocument().IsMatch(text.AsSpan(start, end - start))) continue;
            foreach (Match q in Quoted().Matches(m.Groups["list"].Value))
            {
                var t = q.Groups["t"];
                string title = Normalize(t.Value);
                if (title.Length < 3 || !title.Any(char.IsLetter)) continue;
                // The span is the title without the marks around it, so a suggestion replaces only the words.
                int from = 0, to = t.Length;
                while (from < to && LeadingMarks.Contains(t.Value[from])) from++;
                while (to > from && TrailingMarks.Contains(t.Value[to - 1])) to--;
                found.Add((title, new SourceSpan(m.Groups["list"].Index + t.Index + from, to - from)));
            }
        }
        if (found.Count == 0) return;

        var lines = TitleLines(context);
        var references = found.Select(f => IsShown(f.Title, lines)
            ? new SectionReference(f.Title, true, f.Span)
            : new SectionReference(f.Title, false, f.Span) { Nearest = Nearest(f.Title, lines, context.Document) }).ToList();
        if (!references.Any(r => r.Found)) return;
        context.SectionReferences.AddRange(references);
    }

    /// <summary>
    /// The titles the filing shows, by key, each with where it stands in the text: every short block (a heading, a contents
    /// cell, a bold line) whole, and the opening of every block up to a stop, colon, dash or bracket (a run-in heading,
    /// “Plan of Distribution (Conflicts of Interest)”). A title is written out only when it is suggested.
    /// </summary>
    private static Dictionary<string, SourceSpan> TitleLines(FactContext context)
    {
        var lines = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        string all = context.Text;
        foreach (var block in context.Document.Blocks)
        {
            var span = block.Span.Length > MaxTitleLine ? new SourceSpan(block.Span.Start, MaxTitleLine) : block.Span;
            var text = all.AsSpan(span.Start, span.Length);
            if (block.Span.Length <= MaxTitleLine) lines.TryAdd(Key(text), span);
            int stop = text.IndexOfAny(StopMarks);
            // A run-in heading is a few words; a stop far into a paragraph ends a sentence, not a title.
            if (stop > 0 && stop <= MaxRunInHeading) lines.TryAdd(Key(text[..stop]), new SourceSpan(span.Start, stop));
        }
        lines.Remove("");
        return lines;
    }

    private static readonly System.Buffers.SearchValues<char> StopMarks = System.Buffers.SearchValues.Create("(.:—–?");

    private static bool IsShown(string title, Dictionary<string, SourceSpan> lines)
    {
        string key = Key(title);
        if (lines.ContainsKey(key)) return true;
        // A subsection under its section: each part is a heading of its own. A hyphen may join the parts
        // (“Summary-The Offering”) or a word (“Book-Entry”).
        return AllShown(PartSeparator().Split(title)) || title.Contains('-') && AllShown(title.Split('-', '—', '–', ':'));

        bool AllShown(string[] split)
        {
            var parts = split.Select(Key).Where(p => p.Length > 0).ToArray();
            return parts.Length > 1 && parts.All(lines.ContainsKey);
        }
    }

    /// <summary>
    /// The title the reference most likely means: the one sharing most of its words (at least two in three of either's),
    /// held against the whole reference or its last part (“Risk Factors—Risks Related to This Offering”).
    /// </summary>
    private static string? Nearest(string title, Dictionary<string, SourceSpan> lines, Document document)
    {
        string? best = null;
        double score = 2.0 / 3;
        var parts = PartSeparator().Split(title);
        Consider(title, "");
        // Only the subsection's title may be wrong: the section's is kept in front of the one found.
        if (parts.Length > 1) Consider(parts[^1], title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)]);
        return best;

        void Consider(string candidate, string prefix)
        {
            var words = Key(candidate).Split(' ').ToHashSet();
            foreach (var (key, shown) in lines)
            {
                var other = key.Split(' ');
                int shared = other.Count(words.Contains);
                double s = Math.Min((double)shared / words.Count, (double)shared / other.Length);
                if (s >= score && s < 1) (best, score) = (prefix + Normalize(document.Slice(shown)), s);
            }
        }
    }

    /// <summary>A title's words in lower case, without articles or marks: “the” or a comma more or less names the same section.</summary>
    private static string Key(string title) => Key(title.AsSpan());

    [ThreadStatic] private static System.Text.StringBuilder? t_key;

    private static string Key(ReadOnlySpan<char> title)
    {
        // One pass over the characters: run for every block of a long filing, a regular expression cost tens of milliseconds.
        var key = t_key ??= new System.Text.StringBuilder(MaxTitleLine);
        key.Clear();
        int i = 0;
        while (i < title.Length)
        {
            if (!char.IsLetterOrDigit(title[i])) { i++; continue; }
            int start = i;
            while (i < title.Length && char.IsLetterOrDigit(title[i])) i++;
            var word = title.Slice(start, i - start);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
                || word.Equals("an", StringComparison.OrdinalIgnoreCase)) continue;
            if (key.Length > 0) key.Append(' ');
            foreach (char c in word) key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    // Case, spacing, a closing stop or comma and the marks around a section number are not part of a title.
    private static string Normalize(string title) =>
        Spaces.Collapse(title).Trim().TrimEnd(TrailingMarkChars).TrimStart(LeadingMarkChars).Replace('’', '\'');

    private static readonly char[] TrailingMarkChars = TrailingMarks.ToCharArray(), LeadingMarkChars = LeadingMarks.ToCharArray();
}
