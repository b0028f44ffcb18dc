using System.Text;
using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Every later writing of a party's name or short name, found loosely (any punctuation between the words) and
/// compared strictly (letters, digits and punctuation; case and spacing aside), so "B Riley Securities" is found
/// and told apart from "B. Riley Securities, Inc.".
/// </summary>
internal sealed partial class PartyMentionExtractor : IFactExtractor
{
    /// <summary>The words of a corporate ending, left out of the core name: "Inc." may be dropped when the name is repeated.</summary>
    private static readonly HashSet<string> SuffixWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Incorporated", "LLC", "L", "C", "P", "LP", "Corp", "Corporation", "Co", "Ltd", "Limited", "plc", "N", "A", "V", "S",
    };

    [GeneratedRegex(@"\b(?:agents?|underwrit\w*|placement|dealer[\s-]managers?|book[\s-]running|representatives?|sales\s+agreement|(?:equity\s+)?distribution\s+agreement|at[\s-]the[\s-]market)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentContext();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        int end = context.ProspectusEnd;
        var seen = new HashSet<int>();
        foreach (var party in context.Parties)
        {
            string sentence = text[context.SentenceStart(party.Span.Start)..context.SentenceEnd(party.Span.End)];
            bool isAgent = AgentContext().IsMatch(sentence) || party.ShortName is { } s && AgentContext().IsMatch(s);
            foreach (string name in new[] { party.Name, party.ShortName }.OfType<string>())
            {
                var words = Core(name);
                if (words is null) continue;
                string defined = name[..words.Value.CoreEnd];
                var loose = new Regex(@"(?<![\p{L}\p{N}.])" + string.Join(@"[\s.,'’&\-]{0,4}", words.Value.Words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])",
                    RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                var found = new List<Match>();
                for (var m = loose.Match(text, 0, end); m.Success; m = m.NextMatch())
                    if (seen.Add(m.Index)) found.Add(m);
                // The spelling the filing uses most is the right one, so a misspelt definition is the one reported; a tie goes to the definition.
                string canonical = found.GroupBy(m => Squash(m.Value))
                    .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key == Squash(defined)).Select(g => g.Key).FirstOrDefault() ?? Squash(defined);
                string expected = canonical == Squash(defined) ? defined : found.First(m => Squash(m.Value) == canonical).Value;
                foreach (var m in found)
                    context.PartyMentions.Add(new PartyMention(m.Value, expected, party.Name, party.ShortName, isAgent, Squash(m.Value) == canonical,
                        new SourceSpan(m.Index, m.Length)));
            }
        }
    }

    /// <summary>The name's words up to its corporate ending, and where that core ends; null when fewer than two words remain (nothing to misspell between).</summary>
    private static (string[] Words, int CoreEnd)? Core(string name)
    {
        var words = Word().Matches(name).ToList();
        while (words.Count > 0 && SuffixWords.Contains(words[^1].Value)) words.RemoveAt(words.Count - 1);
        if (words.Count < 2) return null;
        return (words.Select(w => w.Value).ToArray(), words[^1].Index + words[^1].Length);
    }

    /// <summary>Case and spacing aside; curly and straight apostrophes alike.</summary>
    private static string Squash(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) continue;
            b.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }
        return b.ToString();
    }
}
