using System.Text.RegularExpressions;
using FilingLint.Facts.Extractors;
using FsCheck;
using FsCheck.Fluent;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

public class TermMatcherTests
{
    private static List<(int, string, int)> ByRegex(string text, IEnumerable<string> terms, bool plurals)
    {
        string alternation = string.Join('|', terms.Distinct().OrderByDescending(t => t.Length).Select(Regex.Escape));
        return new Regex(@"(?<![\w])(?<t>" + alternation + ")" + (plurals ? "s?" : "") + @"(?![\w])", RegexOptions.CultureInvariant)
            .Matches(text).Select(m => (m.Index, m.Groups["t"].Value, m.Length)).ToList();
    }

    [Fact]
    public void Longest_term_wins_and_words_are_whole()
    {
        const string text = "The Prospectus Supplement and the Prospectus; Prospectuses and U.S. Notes, Notes_1, “Agent”.";
        string[] terms = ["Prospectus", "Prospectus Supplement", "U.S.", "Notes", "Agent"];
        new TermMatcher(terms).Matches(text).ShouldBe(
            [(4, "Prospectus Supplement", 21), (34, "Prospectus", 10), (63, "U.S.", 4), (68, "Notes", 5), (85, "Agent", 5)]);
        // With plurals, "Prospectuses" is not "Prospectus" + "s", but "Agents" is "Agent" + "s".
        new TermMatcher(["Prospectus", "Agent"], plurals: true).Matches("Prospectuses and Agents; Agentss").ShouldBe([(17, "Agent", 6)]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Gives_the_same_matches_as_one_regex_alternation(bool plurals)
    {
        // Words that share prefixes and punctuation, so terms overlap, nest and touch in every way.
        string[] vocabulary = ["Sales", "Agreement", "Sales Agreement", "Agent", "Agents", "U.S.", "the", "(", ")", "“", "”",
            ",", " ", "  ", "\n", "Notes", "é", "_", "B.", "Riley", "$5", "ABC", "AB", "s", "Note", "Ünion", "Bank", "ǅ", "\u0301", "٣"];
        var words = Gen.Elements(vocabulary);
        var texts = words.ArrayOf().Select(w => string.Join("", w));
        var termSets = Gen.Elements(vocabulary.Where(v => v.Trim().Length > 0).ToArray())
            .ArrayOf().Select(t => t.Select(x => x.Trim()).Distinct().ToArray())
            .Zip(Gen.Elements("Sales Agreement", "B. Riley", "Riley Agent", "$5 Notes", "U.S. Notes"), (t, extra) => t.Append(extra).ToArray());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000),
            Prop.ForAll(texts.Zip(termSets).ToArbitrary(), pair =>
            {
                var (text, terms) = pair;
                new TermMatcher(terms, plurals).Matches(text).ShouldBe(ByRegex(text, terms, plurals), $"text: {text}; terms: {string.Join(" | ", terms)}");
            }));
    }
}
