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

    public void Extract(FactContext context)
    {
        string text = context.Text;
        int end = context.ProspectusEnd;
        var names = new List<(Party Party, string Name, (string[] Words, int CoreEnd) Core, Regex Loose)>();
        foreach (var party in context.Parties)
            foreach (string name in new[] { party.Name, party.ShortName }.OfType<string>())
                if (Core(name) is { } core)
                    names.Add((party, name, core, new Regex(@"\G" + string.Join(@"[\s.,'’&\-]{0,4}", core.Words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])",
                        RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))));
        var matches = LooseMatches(text, end, names.Select(n => (n.Core.Words[0], n.Loose)).ToList());

        var agents = context.Parties.Where(p => IsAgent(p, context)).ToHashSet();
        var seen = new HashSet<int>();
        for (int n = 0; n < names.Count; n++)
        {
            var (party, name, core, _) = names[n];
            bool isAgent = agents.Contains(party);
            string defined = name[..core.CoreEnd];
            var found = matches[n].Where(m => seen.Add(m.Index)).ToList();
            // The spelling the filing uses most is the right one, so a misspelt definition is the one reported; a tie goes to the definition.
            string canonical = found.GroupBy(m => Squash(m.Value))
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key == Squash(defined)).Select(g => g.Key).FirstOrDefault() ?? Squash(defined);
            string expected = canonical == Squash(defined) ? defined : found.First(m => Squash(m.Value) == canonical).Value;
            foreach (var m in found)
                context.PartyMentions.Add(new PartyMention(m.Value, expected, party.Name, party.ShortName, isAgent, Squash(m.Value) == canonical,
                    new SourceSpan(m.Index, m.Length)));
        }
        // Names of one word ("Oppenheimer & Co. Inc.") have no core to compare, but their words can still be misspelt.
        var agentWords = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var party in agents)
            foreach (string name in new[] { party.Name, party.ShortName }.OfType<string>())
                foreach (var w in Words.Pattern().Matches(name).Select(w => w.Value))
                    if (w.Length >= MinDistinctive && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)) agentWords.TryAdd(w, party);
        AddMisspeltAgentWords(context, text, end, agentWords);
    }

    /// <summary>
    /// A party named in a sentence about agents or underwriters. The issuer is named in the same sentence as its agents
    /// ("On March 3, Acme Bio, Inc. (the “Company”) entered into a sales agreement with ..."), but it is never one of them.
    /// </summary>
    private static bool IsAgent(Party party, FactContext context)
    {
        string sentence = context.Text[context.SentenceStart(party.Span.Start)..context.SentenceEnd(party.Span.End)];
        return !IsIssuer(party, context) && (AgentContext().IsMatch(sentence) || party.ShortName is { } s && AgentContext().IsMatch(s));
    }

    /// <summary>Shorter words ("Cantor", "Canton") are too often other words one letter away.</summary>
    private const int MinDistinctive = 7;

    /// <summary>
    /// A long word of an agent's name misspelt where it is written alone ("Oppenhiemer" beside "Oppenheimer"): a
    /// capitalised word one edit from it, with its first letter right, that the filing writes less often than the name
    /// and never in lower case (then it is a word of its own).
    /// </summary>
    private static void AddMisspeltAgentWords(FactContext context, string text, int end, Dictionary<string, Party> agentWords)
    {
        if (agentWords.Count == 0) return;
        var initials = System.Buffers.SearchValues.Create(string.Concat(agentWords.Keys.Select(w => w[0]).Distinct()));
        var candidates = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < end; i++)
        {
            int next = text.AsSpan(i, end - i).IndexOfAny(initials);
            if (next < 0) break;
            i += next;
            if (i > 0 && IsLetterOrNumber(text[i - 1])) continue;
            int j = i + 1;
            while (j < end && char.IsLower(text[j])) j++;
            if (j < end && IsLetterOrNumber(text[j]) || j - i < MinDistinctive - 1) { i = j; continue; }
            string word = text[i..j];
            if (!agentWords.ContainsKey(word) && agentWords.Keys.Any(a => IsMisspelling(word, a)))
            {
                if (!candidates.TryGetValue(word, out var at)) candidates[word] = at = [];
                at.Add(i);
            }
            i = j;
        }
        foreach (var (word, at) in candidates)
        {
            var (agent, party) = agentWords.First(a => IsMisspelling(word, a.Key));
            if (at.Count >= 3 || text.Contains(word.ToLowerInvariant(), StringComparison.Ordinal)) continue;
            if (Words.Count(text, agent, end) < 3) continue;
            foreach (int i in at)
                context.PartyMentions.Add(new PartyMention(word, agent, party.Name, party.ShortName, IsAgent: true, IsConsistent: false,
                    new SourceSpan(i, word.Length)));
        }
    }

    /// <summary>One edit from the agent's word with its first letter right, and not its plural or singular ("Financials").</summary>
    private static bool IsMisspelling(string word, string agent) =>
        word[0] == agent[0] && Spelling.OneEditApart(word, agent) && word != agent + "s" && agent != word + "s";

    private static readonly HashSet<string> IssuerTerms = new(StringComparer.OrdinalIgnoreCase) { "Company", "we", "us", "our", "Issuer", "Registrant", "Corporation" };

    private static bool IsIssuer(Party party, FactContext context) =>
        party.ShortName is { } s && IssuerTerms.Contains(s)
        || context.Issuer is { Length: > 0 } issuer && (Squash(issuer) == Squash(party.Name) || party.ShortName is { } sn && Squash(issuer).StartsWith(Squash(sn), StringComparison.Ordinal))
        || context.Parties.Any(p => p.Name == party.Name && p.ShortName is { } t && IssuerTerms.Contains(t));

    /// <summary>
    /// Each name's matches in text order, as a scan of the text [0, end) with its own pattern would find them, in one
    /// pass for all names: a pattern is tried only where a word begins with the name's first word, and not inside
    /// its own previous match.
    /// </summary>
    private static List<Match>[] LooseMatches(string text, int end, List<(string First, Regex Loose)> names)
    {
        var result = names.Select(_ => new List<Match>()).ToArray();
        if (names.Count == 0) return result;
        var byInitial = new Dictionary<char, List<int>>();
        for (int n = 0; n < names.Count; n++)
        {
            char initial = char.ToLowerInvariant(names[n].First[0]);
            if (!byInitial.TryGetValue(initial, out var list)) byInitial[initial] = list = [];
            list.Add(n);
        }
        var initials = Initials(byInitial);
        var resumeAt = new int[names.Count];
        for (int i = 0; i < end; i++)
        {
            int next = text.AsSpan(i, end - i).IndexOfAny(initials);
            if (next < 0) break;
            i += next;
            // Where the pattern's look-behind allows a start: not after a letter, a digit or a period.
            if (!IsLetterOrNumber(text[i]) || i > 0 && (IsLetterOrNumber(text[i - 1]) || text[i - 1] == '.')) continue;
            if (!byInitial.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates)) continue;
            foreach (int n in candidates)
            {
                if (i < resumeAt[n] || !text.AsSpan(i, end - i).StartsWith(names[n].First, StringComparison.OrdinalIgnoreCase)) continue;
                var m = names[n].Loose.Match(text, i, end - i);
                if (!m.Success) continue;
                result[n].Add(m);
                resumeAt[n] = i + Math.Max(1, m.Length);
            }
        }
        return result;
    }

    /// <summary>
    /// Every character whose lower case is one of the initials, for a vectorized search from one possible start to the
    /// next: most of the text starts no name. For an ASCII initial these are it and its upper case (others, such as the
    /// Kelvin sign, fail the case-blind comparison that follows); a rare non-ASCII initial is looked up in full.
    /// </summary>
    /// <remarks>Loops, not LINQ over characters: generic code over a value type is compiled at run time.</remarks>
    private static System.Buffers.SearchValues<char> Initials(Dictionary<char, List<int>> byLowerInitial)
    {
        var chars = new StringBuilder();
        bool nonAscii = false;
        foreach (char c in byLowerInitial.Keys)
        {
            chars.Append(c).Append(char.ToUpperInvariant(c));
            nonAscii |= c > 127;
        }
        if (nonAscii)
        {
            for (int c = 128; c <= char.MaxValue; c++)
                if (byLowerInitial.ContainsKey(char.ToLowerInvariant((char)c))) chars.Append((char)c);
        }
        // Repeats are harmless: a set is made of them.
        return System.Buffers.SearchValues.Create(chars.ToString());
    }

    /// <summary>The class <c>[\p{L}\p{N}]</c>.</summary>
    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The name's words up to its corporate ending, and where that core ends; null when fewer than two words remain (nothing to misspell between).</summary>
    private static (string[] Words, int CoreEnd)? Core(string name)
    {
        var words = Words.Pattern().Matches(name).ToList();
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
