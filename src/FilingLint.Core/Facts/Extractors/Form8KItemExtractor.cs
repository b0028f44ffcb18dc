using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// The item headings of a Form 8-K, each with what follows it up to the next item or the signatures. A heading is
/// “Item N.NN” with or without its title, or an item's number followed by the title Form 8-K gives that item (a
/// number alone, “1.01”, is as likely a list or a section of an agreement).
/// </summary>
internal sealed partial class Form8KItemExtractor : IFactExtractor
{
    /// <summary>The items of Form 8-K (General Instructions B and the form's item list), by number.</summary>
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["1.01"] = "Entry into a Material Definitive Agreement",
        ["1.02"] = "Termination of a Material Definitive Agreement",
        ["1.03"] = "Bankruptcy or Receivership",
        ["1.04"] = "Mine Safety - Reporting of Shutdowns and Patterns of Violations",
        ["1.05"] = "Material Cybersecurity Incidents",
        ["2.01"] = "Completion of Acquisition or Disposition of Assets",
        ["2.02"] = "Results of Operations and Financial Condition",
        ["2.03"] = "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant",
        ["2.04"] = "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement",
        ["2.05"] = "Costs Associated with Exit or Disposal Activities",
        ["2.06"] = "Material Impairments",
        ["3.01"] = "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing",
        ["3.02"] = "Unregistered Sales of Equity Securities",
        ["3.03"] = "Material Modification to Rights of Security Holders",
        ["4.01"] = "Changes in Registrant's Certifying Accountant",
        ["4.02"] = "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review",
        ["5.01"] = "Changes in Control of Registrant",
        ["5.02"] = "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers",
        ["5.03"] = "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",
        ["5.04"] = "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
        ["5.05"] = "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
        ["5.06"] = "Change in Shell Company Status",
        ["5.07"] = "Submission of Matters to a Vote of Security Holders",
        ["5.08"] = "Shareholder Director Nominations",
        ["6.01"] = "ABS Informational and Computational Material",
        ["6.02"] = "Change of Servicer or Trustee",
        ["6.03"] = "Change in Credit Enhancement or Other External Support",
        ["6.04"] = "Failure to Make a Required Distribution",
        ["6.05"] = "Securities Act Updating Disclosure",
        ["7.01"] = "Regulation FD Disclosure",
        ["8.01"] = "Other Events",
        ["9.01"] = "Financial Statements and Exhibits",
    };

    [GeneratedRegex(@"^\W{0,3}(?<item>Item\s*)?(?<number>\d\.\d{2})\b\.?\s*(?<title>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\W*SIGNATURES?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Signatures();

    [GeneratedRegex(@"[\p{L}\p{N}]{2}")]
    private static partial Regex Content();

    public void Extract(FactContext context)
    {
        if (context.FormType is not { } form || !form.StartsWith("8-K", StringComparison.OrdinalIgnoreCase)) return;
        var document = context.Document;
        var blocks = document.Blocks;
        var headings = new List<(int Block, string Number, string Text, bool HasItemWord)>();
        for (int i = 0; i < blocks.Count; i++)
        {
            var span = blocks[i].Span;
            if (span.Length > 400) continue;
            string text = Spaces.Collapse(document.Slice(span)).Trim();
            var m = Heading().Match(text);
            if (!m.Success || !Titles.TryGetValue(m.Groups["number"].Value, out var official)) continue;
            bool hasItem = m.Groups["item"].Success;
            string title = m.Groups["title"].Value.Trim();
            // “Item 8.01” alone in a cell, its title in the next one.
            if (title.Length == 0 && hasItem && i + 1 < blocks.Count && Spaces.Collapse(document.Slice(blocks[i + 1].Span)).Trim() is { } next
                && StartsWithTitle(next, official))
            {
                headings.Add((i + 1, m.Groups["number"].Value, text + " " + next, true));
                continue;
            }
            if (!hasItem && !StartsWithTitle(title, official)) continue;
            if (hasItem && title.Length > 0 && !StartsWithTitle(title, official) && char.IsUpper(title[0]) && title.Length < 80) continue;
            headings.Add((i, m.Groups["number"].Value, text, hasItem));
        }
        for (int h = 0; h < headings.Count; h++)
        {
            var (b, number, text, hasItem) = headings[h];
            var block = blocks[b];
            string official = Titles[number];
            int nextHeading = h + 1 < headings.Count ? headings[h + 1].Block : blocks.Count;
            // Disclosure may follow in the heading's own block (“Item 8.01 Other Events. On May 2, ...”) or in the blocks after it.
            string own = Spaces.Collapse(document.Slice(block.Span));
            int titleEnd = own.IndexOf(official, StringComparison.OrdinalIgnoreCase);
            bool empty = titleEnd < 0 || !Content().IsMatch(own[(titleEnd + official.Length)..]);
            for (int j = b + 1; j < nextHeading && empty; j++)
            {
                string body = document.Slice(blocks[j].Span);
                if (Signatures().IsMatch(body)) break;
                if (Content().IsMatch(body)) empty = false;
            }
            var words = WordsOf(text);
            var officialWords = WordsOf(official);
            int from = words.FindIndex(w => w == number[..1]) + 2; // after the number's two parts
            bool titled = words.Count - from >= officialWords.Count
                && words.Skip(from).Take(officialWords.Count).SequenceEqual(officialWords, StringComparer.OrdinalIgnoreCase);
            context.Form8KItems.Add(new Form8KItem(number, Spaces.Collapse(text), official, hasItem, titled, empty, block.Span));
        }
    }

    /// <summary>The heading's title begins with the official one's first words, in any case and with any punctuation.</summary>
    private static bool StartsWithTitle(string title, string official)
    {
        var a = WordsOf(title);
        var b = WordsOf(official);
        int n = Math.Min(b.Count, 3);
        return a.Count >= n && a.Take(n).SequenceEqual(b.Take(n), StringComparer.OrdinalIgnoreCase);
    }

    private static List<string> WordsOf(string s) => Words.Pattern().Matches(s).Select(m => m.Value).ToList();
}
