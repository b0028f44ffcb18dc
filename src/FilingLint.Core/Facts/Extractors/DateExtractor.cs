using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Every date, with its role from the words before it; the document's own date; dated references to other documents and agreements.</summary>
internal sealed partial class DateExtractor : IFactExtractor
{
    [GeneratedRegex(@"\bdate\s+of\s+(?:this|the)\b.{0,120}?\bis\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentDateLead();

    [GeneratedRegex(@"(?<name>(?:(?:[A-Z][\w'-]*|No\.|\d+|to|of|and|&)\s+){0,7}?(?:Prospectus\s+Supplement|Prospectus|Registration\s+Statement|Supplement|[A-Z][\w-]*\s+Agreement|Indenture|Report|Statement))\s*,?\s+(?:each\s+)?dated(?:\s+as\s+of)?\s*$")]
    private static partial Regex DatedLead();

    /// <summary>A lower-case agreement: "pursuant to a placement agency agreement, dated as of December 30, 2025".</summary>
    [GeneratedRegex(@"\b(?:an?|the|our)\s+(?<name>(?:[a-z][\w-]*\s+){1,3}agreement)\s*,?\s+dated(?:\s+as\s+of)?\s*$")]
    private static partial Regex LowerCaseDatedLead();

    [GeneratedRegex(@"\b(?:an?|another)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteArticle();

    [GeneratedRegex(@"\b(?:the|our|its|such|this|The|Our|Its|Such|This)\s+$")]
    private static partial Regex DefiniteBefore();

    // A definition with the date after it: "an asset management agreement (the “Management Agreement”), dated July 2, 2025".
    [GeneratedRegex(@"\(\s*(?:the\s+)?[“""](?<name>[A-Z][^”""()]{0,80}?Agreement)\s*[”""]\s*\)\s*,?\s+dated(?:\s+as\s+of)?\s*$")]
    private static partial Regex DefinedDatedLead();

    private static bool IsDefinite(string word) => word is "the" or "The" or "our" or "Our" or "its" or "Its" or "such" or "Such" or "this" or "This";

    [GeneratedRegex(@"\bOn\s*$")]
    private static partial Regex OnLead();

    [GeneratedRegex(@"^\s*,?\s*(?:we|the\s+Company|[A-Z][\w.&, ]{0,60}?)\s+entered\s+into\s+(?:an?|(?<the>the))\s+(?<name>(?:[A-Z][\w'-]*\s+){0,6}Agreement)")]
    private static partial Regex EnteredIntoTail();

    [GeneratedRegex(@"\beffective\s+(?:on|as\s+of)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveLead();

    /// <summary>"On May 1, 2025, the last reported sale price", "As of May 1, 2025, the closing price": a day a market price is of.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:the\s+)?(?:(?:last|reported|official)\s+){0,3}(?:closing|sale)\s+(?:(?:sale|bid)\s+)?price\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceAfter();

    /// <summary>"the closing price of our common stock on Nasdaq was $2.80 per share on": the price, then its day.</summary>
    [GeneratedRegex(@"\b(?:closing|sale)\s+(?:(?:sale|bid)\s+)?price\b[^;]{0,120}?\bwas\s+(?:US)?\$\s?[\d,]+(?:\.\d+)?(?:\s+per\s+(?:share|ADS|unit|warrant))?,?\s+on\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceBefore();

    [GeneratedRegex(@"\bas\s+of\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfLead();

    /// <summary>"If, as of December 31, 2026, ..." sets a condition for a future date; figures are not given as of it.</summary>
    [GeneratedRegex(@"\b(?:if|unless|whether|until|when)\s*,?\s*as\s+of\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionalAsOf();

    /// <summary>
    /// "to holders of record as of December 31, 2026", "a record date as of": a record, payment or maturity date lies
    /// after the document's own date by nature; figures are not given as of it.
    /// </summary>
    [GeneratedRegex(@"\b(?:of\s+record|record\s+date|record\s+holders?|payable|paid|matur\w*|expir\w*|due)\b[^.;]{0,60}?\bas\s+of\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordAsOf();

    [GeneratedRegex(@"\(\s*To\s+(?:the\s+)?(?:[Bb]ase\s+)?Prospectus\s+dated\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToProspectusLead();

    [GeneratedRegex(@"\bsupplement\b", RegexOptions.IgnoreCase)]
    private static partial Regex SupplementWord();

    /// <summary>A cover that gives its own date: "Prospectus Supplement dated March 31, 2025", "Prospectus dated October 10, 2024".</summary>
    [GeneratedRegex(@"^(?:(?:Preliminary\s+)?(?:Prospectus\s+Supplement|Pricing\s+Supplement|Prospectus)\s+dated|Subject\s+to\s+Completion,?\s+dated)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CoverDatedLead();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        foreach (var m in DateParser.Find(text))
        {
            int start = m.Index;
            string lead = text.Substring(Math.Max(0, start - 160), start - Math.Max(0, start - 160));
            // Keep the lead within the block: a date never takes its role from the paragraph before.
            int nl = lead.LastIndexOf('\n');
            if (nl >= 0) lead = lead[(nl + 1)..];
            var value = m.Value;
            string? weekday = m.Weekday;
            var span = new SourceSpan(m.Index, m.Length);
            DateRole role = DateRole.Other;
            string? subject = null;
            bool indefinite = false, definite = false, namesTitle = true, executed = false;
            // Every lead pattern ends with one of these words; most dates have none, and skip the patterns.
            var tail = lead.AsSpan().TrimEnd();
            bool endsIs = tail.EndsWith("is", StringComparison.OrdinalIgnoreCase);
            bool endsDated = tail.EndsWith("dated", StringComparison.OrdinalIgnoreCase);
            bool endsOf = tail.EndsWith("of", StringComparison.OrdinalIgnoreCase);

            bool inBase = context.BaseProspectusStart >= 0 && m.Index >= context.BaseProspectusStart;
            if (endsIs && DocumentDateLead().IsMatch(lead) && !inBase && !IsBaseProspectusDate(context, lead, value))
            {
                role = DateRole.Document;
            }
            else if (endsIs && DocumentDateLead().IsMatch(lead))
            {
                // A supplement filed with its base prospectus also carries "The date of this prospectus is ...": the base prospectus's date.
                role = DateRole.Reference;
                subject = "Prospectus";
                definite = true;
            }
            else if (endsDated && ToProspectusLead().IsMatch(lead))
            {
                role = DateRole.Reference;
                subject = "Prospectus";
                definite = true;
            }
            else if ((endsDated || endsOf)
                && (DatedLead().Match(lead) is { Success: true } capitalized ? capitalized : LowerCaseDatedLead().Match(lead)) is { Success: true } dated)
            {
                subject = Spaces.Collapse(dated.Groups["name"].Value).Trim();
                indefinite = IndefiniteArticle().IsMatch(lead.AsSpan(0, dated.Groups["name"].Index))
                    && (!subject.Contains(' ') || char.IsLower(subject[0]));
                string named = StripDeterminers(subject);
                definite = named.Length < subject.Length ? IsDefinite(subject[..subject.IndexOf(' ')])
                    : DefiniteBefore().IsMatch(lead.AsSpan(0, dated.Groups["name"].Index));
                subject = named;
                role = subject.EndsWith("agreement", StringComparison.OrdinalIgnoreCase) ? DateRole.Agreement : DateRole.Reference;
            }
            else if (endsDated && DefinedDatedLead().Match(lead) is { Success: true } definition)
            {
                subject = Spaces.Collapse(definition.Groups["name"].Value).Trim();
                definite = true;
                role = DateRole.Agreement;
            }
            else if (tail.EndsWith("On", StringComparison.Ordinal) && OnLead().IsMatch(lead) && EnteredIntoTail().Match(text, m.Index + m.Length, Math.Min(160, text.Length - m.Index - m.Length)) is { Success: true } entered)
            {
                role = DateRole.Agreement;
                subject = StripDeterminers(Spaces.Collapse(entered.Groups["name"].Value).Trim());
                // "we entered into the ELOC Agreement" uses a name the filing must define; "a Sales Agreement" gives a title.
                definite = entered.Groups["the"].Success;
                namesTitle = !definite;
                executed = true;
            }
            else if (PriceAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(80, text.Length - m.Index - m.Length)))
                || tail.EndsWith("on", StringComparison.OrdinalIgnoreCase) && PriceBefore().IsMatch(lead))
            {
                role = DateRole.MarketPrice;
            }
            else if ((endsOf || tail.EndsWith("on", StringComparison.OrdinalIgnoreCase) || tail.EndsWith("effective", StringComparison.OrdinalIgnoreCase))
                && EffectiveLead().IsMatch(lead))
            {
                role = DateRole.Effective;
            }
            else if (endsOf && AsOfLead().IsMatch(lead) && !ConditionalAsOf().IsMatch(lead) && !RecordAsOf().IsMatch(lead))
            {
                role = DateRole.AsOf;
            }

            var fact = new DateFact(m.Text, value, role, subject, weekday, span) { Slip = m.Slip, Correct = m.Correct };
            context.Dates.Add(fact);
            // The base prospectus's own date line is its date, not a reference to it: dates.base-prospectus-date compares it.
            bool baseDateLine = inBase && endsIs && role == DateRole.Reference && subject == "Prospectus";
            if (baseDateLine) context.BaseProspectusDate ??= fact;
            if (role == DateRole.Reference && endsDated && !inBase && ToProspectusLead().IsMatch(lead)) context.ToProspectusDate ??= fact;
            if (role == DateRole.Document && context.DocumentDate is null) context.DocumentDate = fact;
            // "under an Indenture, dated as of June 1, 1999" or "a placement agency agreement, dated ..." describes one
            // of several; only a name ("the Indenture", "a Sales Agreement") identifies the same document wherever it is dated.
            if (subject is not null && !indefinite && !baseDateLine) context.DocumentReferences.Add(new DocumentReference(subject, fact, span, definite) { NamesTitle = namesTitle, Executed = executed });
        }
        context.DocumentDate ??= CoverDate(context);
    }

    internal static string StripDeterminers(string name)
    {
        string[] words = name.Split(' ');
        int i = 0;
        while (i < words.Length - 1 && IsDeterminer(words[i])) i++;
        return string.Join(' ', words[i..]);
    }

    internal static bool IsDeterminer(string word) => word is "The" or "This" or "That" or "These" or "Our" or "Its" or "Such" or "Each"
        or "Any" or "An" or "A" or "the" or "this" or "our" or "its" or "such" or "each" or "any" or "an" or "a" or "to" or "of" or "and" or "&"
        or "Under" or "Pursuant" or "In" or "On" or "As" or "If" or "With" or "By" or "From" or "For" or "All";

    /// <summary>
    /// In a supplement, "The date of this prospectus is X" is the base prospectus's own date line when X is
    /// the date the cover gives for it ("(To Prospectus dated X)"); supplements also call themselves "prospectus".
    /// </summary>
    private static bool IsBaseProspectusDate(FactContext context, string lead, DateOnly? value) =>
        context.Kind == DocumentKind.ProspectusSupplement && !SupplementWord().IsMatch(lead)
        && context.Dates.Any(d => d.Role == DateRole.Reference && d.Subject == "Prospectus" && d.Value == value);

    /// <summary>Without "The date of this ... is", the date a block of the first pages states for the document itself.</summary>
    private static DateFact? CoverDate(FactContext context)
    {
        int limit = Math.Min(context.Text.Length, Math.Max(context.Document.CoverPage.End, 20_000));
        foreach (var date in context.Dates)
        {
            if (date.Span.Start > limit) break;
            var block = context.Document.BlockAt(date.Span.Start);
            // The lead must be the whole start of the block ("Prospectus Supplement dated"): a short one.
            if (block is null || date.Span.Start - block.Span.Start > 80) continue;
            string lead = context.Text[block.Span.Start..date.Span.Start].Trim();
            // "(To Prospectus dated ..., Prospectus Supplement dated ...)" names the documents this one supplements.
            string before = context.Text[Math.Max(0, date.Span.Start - 300)..date.Span.Start];
            bool inToParenthesis = before.LastIndexOf("(To ", StringComparison.OrdinalIgnoreCase) > before.LastIndexOf(')');
            if (CoverDatedLead().IsMatch(lead) && !inToParenthesis) return date with { Role = DateRole.Document };
        }
        return null;
    }
}
