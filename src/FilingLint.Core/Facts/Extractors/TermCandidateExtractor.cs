using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Capitalized phrases used the way defined terms are ("the Shares", "this Offering"), whether or not the filing defines them.</summary>
internal sealed partial class TermCandidateExtractor : IFactExtractor
{
    // The whole capitalized phrase: not followed by another capitalized word, "No." or "of X" (then it is part of a longer name).
    [GeneratedRegex(@"\b(?i:the|this|such|these|each|any|our)\s+(?<t>(?:[A-Z][\w-]* +){0,4}(?:Agreement|Supplement|Shares|Offering|Plan|Notes))\b(?!\s+(?:[A-Z0-9&]|of\s+[A-Z]|and\s+[A-Z]|dated\b)|,\s*dated\b)(?!-)")]
    private static partial Regex Candidate();

    public void Extract(FactContext context)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in context.DefinedTerms)
        {
            defined.Add(term.Term);
            foreach (var d in term.Definitions) defined.Add(d.Antecedent);
        }
        foreach (var reference in context.DocumentReferences) defined.Add(reference.Name);
        var properWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in context.Parties.Select(p => p.Name).Append(context.Issuer ?? ""))
            foreach (var w in name.Split(' ', ',')) if (w.Length > 2 && w != "Inc." && w != "Co.") properWords.Add(w);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Candidate().Matches(context.Text))
        {
            var group = m.Groups["t"];
            string text = Regex.Replace(group.Value, @"\s+", " ");
            if (!char.IsUpper(text[0]) || !text.Any(char.IsLower)) continue;
            if (group.Index >= context.ProspectusEnd) break;
            if (IsTitleOrQuoted(context, group.Index)) continue;
            bool isDefined = defined.Contains(text) || text.EndsWith('s') && defined.Contains(text[..^1]) || defined.Contains(text + "s");
            bool proper = text.Any(char.IsDigit) || text.Split(' ').Any(properWords.Contains);
            bool agreement = text.EndsWith("Agreement", StringComparison.Ordinal);
            context.TermCandidates.Add(new TermCandidate(text, isDefined, proper, agreement, seen.Add(text), new SourceSpan(group.Index, group.Length)));
        }
    }

    /// <summary>Headings, table cells and quoted section titles ("“Prospectus Summary—The Offering”") capitalize words that are not terms.</summary>
    private static bool IsTitleOrQuoted(FactContext context, int offset)
    {
        var block = context.Document.BlockAt(offset);
        if (block is null) return false;
        if (block.Kind == Documents.BlockKind.Heading || block.Span.Length < 120 && !context.Text.AsSpan(block.Span.Start, block.Span.Length).TrimEnd().EndsWith('.')) return true;
        // An open quotation mark a little way back; not the whole block, which can be megabytes in a hostile file.
        int from = Math.Max(block.Span.Start, offset - 1000);
        var before = context.Text.AsSpan(from, offset - from);
        return before.LastIndexOf('“') > before.LastIndexOf('”');
    }
}
