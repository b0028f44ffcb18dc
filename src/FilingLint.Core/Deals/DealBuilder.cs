using System.Text.RegularExpressions;
using FilingLint.Documents;
using FilingLint.Facts;
using FilingLint.Facts.Extractors;

namespace FilingLint.Deals;

/// <summary>
/// Builds a deal's fact model (<see cref="Deal"/>) from the fact models of its documents: each agreement as each document
/// gives it, matched across documents, and the offering program's figures in filing-date order.
/// </summary>
internal static partial class DealBuilder
{
    // An agreement document names itself in its opening: “This Equity Distribution Agreement (this “Agreement”) is dated
    // as of May 1, 2026” or a title line followed by “dated as of May 1, 2026”.
    [GeneratedRegex(@"\b(?:[Dd]ated|[Ee]ntered\s+into)(?:\s+as\s+of)?\s*$")]
    private static partial Regex DatedBefore();

    private const int OpeningChars = 1500;

    // After “On DATE”: the issuer issued a press release (the sentence's subject is short: “the Company”, “we”, a name).
    [GeneratedRegex(@"^,?\s+(?:the\s+Company|we|[A-Z][\w.&,’' -]{0,80}?)\s+(?:issued|released|published|disseminated)\s+a\s+press\s+release\b")]
    private static partial Regex IssuedPressRelease();

    [GeneratedRegex(@"\bExhibit\s+(?<n>99\.\d+)\b")]
    private static partial Regex PressExhibit();

    // An exhibit names itself on its first line (“Exhibit 99.1”), or by its EDGAR type (EX-99.1).
    [GeneratedRegex(@"^\s*(?:EXHIBIT|Exhibit)\s+(?<n>99\.\d+)\b")]
    private static partial Regex ExhibitHeading();

    // A dateline opens its paragraph with the city in capitals and a comma (“HOUSTON,”, “SILVER SPRING, Md.,”), the date
    // a few words on (after the state, or a wire service's name).
    [GeneratedRegex(@"^\s*[A-Z][A-Z.'’ -]{2,40},[^\n]{0,80}$")]
    private static partial Regex DatelineLead();

    private static bool IsDateline(Document document, DateFact date)
    {
        var block = document.BlockAt(date.Span.Start);
        if (block is null || date.Span.Start - block.Span.Start > 120) return false;
        return DatelineLead().IsMatch(document.Text.AsSpan(block.Span.Start, date.Span.Start - block.Span.Start));
    }

    [GeneratedRegex(@"^\s*(?:EXHIBIT|Exhibit)\s+\d+(?:\.\d+)?\s*$")]
    private static partial Regex ExhibitLabel();

    /// <summary>How far into a press release its dateline may stand (a letterhead or logo text may come first).</summary>
    private const int DatelineChars = 800;

    // “between Acme, Inc., a Delaware corporation (the “Company”), and Keel Street Securities LLC (the “Agent”)”: the
    // party after the issuer is the counterparty.
    [GeneratedRegex(@"\b(?:between|among)\s+[^;]{1,300}?,?\s+and\s+(?<other>[A-Z][\w.&,' -]{1,80}?)\s*(?:\(|,\s+(?:a|an|as)\b|\.\s|$)")]
    private static partial Regex Between();

    public static Deal Build(IReadOnlyList<(Document Document, Filing Facts)> documents)
    {
        var dealDocuments = documents.Select((d, i) => new DealDocument(i, d.Facts.Path, d.Facts.FormType, d.Facts.Kind,
            d.Facts.EdgarHeader?.FiledAsOfDate ?? d.Facts.DocumentDate?.Value, d.Facts)).ToList();
        var agreements = Agreements(documents, dealDocuments);
        return new Deal
        {
            Documents = dealDocuments,
            AgreementMentions = agreements,
            Commissions = Commissions(dealDocuments, agreements),
            Offerings = Offerings(dealDocuments),
            BaseProspectusReferences = BaseReferences(dealDocuments),
            PressReleases = PressReleases(documents),
            TitleMentions = TitleMentions(documents),
        };
    }

    /// <summary>The documents in filing-date order; one without a date after the dated ones, then as given.</summary>
    private static IEnumerable<DealDocument> InFilingOrder(List<DealDocument> documents) =>
        documents.OrderBy(d => d.FilingDate ?? DateOnly.MaxValue).ThenBy(d => d.Index);

    private static List<DealAgreementMention> Agreements(IReadOnlyList<(Document Document, Filing Facts)> documents, List<DealDocument> dealDocuments)
    {
        var order = InFilingOrder(dealDocuments).Select(d => d.Index).ToList();
        int Order(int document) => order.IndexOf(document);
        var mentions = new List<DealAgreementMention>();
        for (int i = 0; i < documents.Count; i++)
        {
            var (document, facts) = documents[i];
            foreach (var agreement in facts.Agreements)
            {
                // The date as the document writes it, and where: the words the agreement's date was read from.
                var dated = agreement.DateSource;
                mentions.Add(new DealAgreementMention(i, agreement.Name, agreement.Term, agreement.Date, dated?.Text, agreement.Counterparty,
                    new DealSpan(i, dated?.Span ?? agreement.Span)) { Key = Key(agreement.Term) });
            }
            if (SelfAgreement(document, facts, i) is { } self && !mentions.Any(m => m.Document == i && m.Key == self.Key)) mentions.Add(self);
        }

        // One agreement across documents: the same defined term or title, the same counterparty, and dates each document
        // could have known (an agreement dated after a document was filed is a later one of the same name). A mention
        // without a counterparty is not compared: companies sign many "Purchase Agreements" and "Registration Rights
        // Agreements", and the name alone does not say which.
        var filed = dealDocuments.Select(d => d.FilingDate).ToList();
        var result = new List<DealAgreementMention>();
        foreach (var m in mentions)
        {
            if (m.Date is null || m.Counterparty is null) { result.Add(m); continue; }
            var same = mentions.Where(p => p.Key == m.Key && p.Date is not null && p.Counterparty is not null && SameParty(p.Counterparty, m.Counterparty)
                    && Knowable(p.Date.Value, filed[m.Document]) && Knowable(m.Date.Value, filed[p.Document]))
                .GroupBy(p => p.Document).Select(g => g.First()).ToList();
            // The date most documents give; on a tie, that of the first filed.
            var counted = same.GroupBy(p => p.Date).Select(g => (Date: g.Key, Count: g.Count(), First: g.Min(p => Order(p.Document))))
                .OrderByDescending(g => g.Count).ThenBy(g => g.First).ToList();
            var expected = counted.Count == 0 ? null : same.Where(p => p.Date == counted[0].Date).MinBy(p => Order(p.Document));
            result.Add(m with
            {
                DatedDocuments = same.Count,
                ExpectedDate = expected?.Date,
                ExpectedDateText = expected?.DateText,
                ExpectedAt = expected?.At,
            });
        }
        return result.OrderBy(m => m.Document).ThenBy(m => m.At.Span.Start).ToList();
    }

    /// <summary>The title an agreement document opens with (“EQUITY DISTRIBUTION AGREEMENT”, as “Equity Distribution Agreement”), and where.</summary>
    private static (string Title, SourceSpan Span)? AgreementTitle(Document document, Filing facts)
    {
        if (facts.IsProspectus) return null;
        // An exhibit's label (“Exhibit 10.1”) may stand above its title.
        var first = document.Blocks.Where(b => document.Slice(b.Span).Any(char.IsLetter)).Take(3)
            .FirstOrDefault(b => !ExhibitLabel().IsMatch(document.Slice(b.Span)));
        if (first is null || first.Span.Length > 120) return null;
        string title = Spaces.Collapse(document.Slice(first.Span)).Trim().TrimEnd('.', ' ');
        if (!title.EndsWith("AGREEMENT", StringComparison.OrdinalIgnoreCase)) return null;
        return (Titled(title), first.Span);
    }

    /// <summary>A document that is itself an agreement: its first line a title ending in “Agreement”, its date in the opening words.</summary>
    private static DealAgreementMention? SelfAgreement(Document document, Filing facts, int index)
    {
        if (AgreementTitle(document, facts) is not { } title) return null;
        string name = title.Title;
        var date = facts.Dates.Where(d => d.Value is not null && d.Span.Start < title.Span.End + OpeningChars)
            .FirstOrDefault(d => DatedBefore().IsMatch(document.Text.AsSpan(Math.Max(0, d.Span.Start - 40), Math.Min(40, d.Span.Start))));
        if (date is null) return null;
        var between = Between().Match(document.Text, title.Span.End, Math.Min(OpeningChars, document.Text.Length - title.Span.End));
        string? counterparty = between.Success ? between.Groups["other"].Value.Trim().TrimEnd(',') : null;
        return new DealAgreementMention(index, name, name, date.Value, date.Text, counterparty, new DealSpan(index, date.Span)) { Key = Key(name), IsTheAgreement = true };
    }

    /// <summary>“EQUITY DISTRIBUTION AGREEMENT” as “Equity Distribution Agreement”.</summary>
    private static string Titled(string title) =>
        title.Any(char.IsLower) ? title : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(title.ToLowerInvariant());

    private static string Key(string term)
    {
        string key = Spaces.Collapse(term).ToLowerInvariant();
        return key.EndsWith("agreements", StringComparison.Ordinal) ? key[..^1] : key;
    }

    /// <summary>Whether a document filed on <paramref name="filed"/> could speak of an agreement dated <paramref name="date"/>.</summary>
    private static bool Knowable(DateOnly date, DateOnly? filed) => filed is null || date <= filed.Value;

    private static bool SameParty(string a, string b) =>
        a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Each document's first stated commission, for the one agreement with a counterparty it names (a document naming
    /// several, such as an 8-K on a purchase agreement and a placement agency agreement, does not say whose rate it is).
    /// </summary>
    private static List<DealCommission> Commissions(List<DealDocument> documents, List<DealAgreementMention> agreements)
    {
        var stated = new List<DealCommission>();
        foreach (var document in documents)
        {
            var own = agreements.Where(a => a.Document == document.Index && a.Counterparty is not null).ToList();
            if (own.Select(a => a.Key).Distinct().Count() != 1 || document.Facts.CommissionRates.Count == 0) continue;
            var rate = document.Facts.CommissionRates[0];
            stated.Add(new DealCommission(document.Index, own[0].Term, own[0].Counterparty!, rate.Percent, rate.Text, new DealSpan(document.Index, rate.Span)));
        }
        var mentionOf = stated.ToDictionary(c => c, c => agreements.First(a => a.Document == c.Document && a.Counterparty == c.Counterparty));
        return stated.Select(c =>
        {
            var all = stated.Where(o => mentionOf[o].Key == mentionOf[c].Key && SameParty(o.Counterparty, c.Counterparty)).ToList();
            if (all.Count < 2) return c;
            // The rate most documents state; on a tie, the agreement's own, else the first filed's.
            var winner = all.GroupBy(o => o.Percent)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Any(o => mentionOf[o].IsTheAgreement)).ThenBy(g => g.Min(o => o.Document))
                .First().First();
            return c with { ExpectedPercent = winner.Percent, ExpectedText = winner.Text, ExpectedAt = winner.At };
        }).ToList();
    }

    /// <summary>Other documents' names for an agreement document's title, one word away from it.</summary>
    private static List<DealTitleMention> TitleMentions(IReadOnlyList<(Document Document, Filing Facts)> documents)
    {
        var titles = new List<(int Index, string Title, SourceSpan Span)>();
        for (int i = 0; i < documents.Count; i++)
            if (AgreementTitle(documents[i].Document, documents[i].Facts) is { } t) titles.Add((i, t.Title, t.Span));
        var result = new List<DealTitleMention>();
        if (titles.Count == 0) return result;
        var titleWords = titles.Select(t => TitleWords(t.Title)).ToList();
        for (int i = 0; i < documents.Count; i++)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var mention in documents[i].Facts.AgreementMentions)
            {
                // A mention already reported as another name of a defined agreement (terms.inconsistent-agreement-name) is
                // one defect, reported once.
                if (titles.Any(t => t.Index == i) || mention.SuggestedTerm is not null || !seen.Add(mention.Name)) continue;
                var words = TitleWords(mention.Name);
                // Named exactly as some agreement of the deal is titled: that one, not a slip of another.
                if (titleWords.Any(t => t.SequenceEqual(words, StringComparer.OrdinalIgnoreCase))) continue;
                for (int t = 0; t < titles.Count; t++)
                    if (OneWordApart(words, titleWords[t]))
                    {
                        result.Add(new DealTitleMention(i, mention.Name, titles[t].Title, new DealSpan(i, mention.Span), new DealSpan(titles[t].Index, titles[t].Span)));
                        break;
                    }
            }
        }
        return result;
    }

    private static string[] TitleWords(string name) => Words.Pattern().Matches(name).Select(m => m.Value).ToArray();

    /// <summary>One word dropped, added or changed, the first and the last ("Agreement") the same, three words at least.</summary>
    private static bool OneWordApart(string[] a, string[] b)
    {
        if (a.Length < 3 || b.Length < 3 || Math.Abs(a.Length - b.Length) > 1) return false;
        if (!a[0].Equals(b[0], StringComparison.OrdinalIgnoreCase) || !a[^1].Equals(b[^1], StringComparison.OrdinalIgnoreCase)) return false;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i].Equals(b[i], StringComparison.OrdinalIgnoreCase)) i++;
        if (a.Length == b.Length)
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1), StringComparer.OrdinalIgnoreCase);
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i), StringComparer.OrdinalIgnoreCase);
    }

    private static List<DealPressRelease> PressReleases(IReadOnlyList<(Document Document, Filing Facts)> documents)
    {
        // The press-release exhibits of the deal, by number, each with its dateline: the first date of its opening.
        var exhibits = new List<(string Number, int Index, DateFact Dateline)>();
        for (int i = 0; i < documents.Count; i++)
        {
            var (document, facts) = documents[i];
            string? number = facts.FormType is { } form && form.StartsWith("EX-99.", StringComparison.OrdinalIgnoreCase) ? form[3..]
                : document.Blocks.FirstOrDefault(b => document.Slice(b.Span).Any(char.IsLetter)) is { } first
                    && ExhibitHeading().Match(document.Slice(first.Span)) is { Success: true } heading ? heading.Groups["n"].Value : null;
            if (number is null) continue;
            int opening = facts.Start.Start;
            var dateline = facts.Dates.Where(d => d.Value is not null && d.Span.Start - opening < DatelineChars && IsDateline(document, d))
                .MinBy(d => d.Span.Start);
            if (dateline is not null) exhibits.Add((number, i, dateline));
        }
        var releases = new List<DealPressRelease>();
        if (exhibits.Count == 0) return releases;
        for (int i = 0; i < documents.Count; i++)
        {
            var (document, facts) = documents[i];
            if (facts.FormType is not { } form || !form.StartsWith("8-K", StringComparison.OrdinalIgnoreCase)) continue;
            string text = document.Text;
            foreach (var date in facts.Dates)
            {
                if (date.Value is not { } value || date.Span.Start < 3 || !text.AsSpan(date.Span.Start - 3, 3).SequenceEqual("On ")) continue;
                if (!IssuedPressRelease().IsMatch(text.AsSpan(date.Span.End, Math.Min(160, text.Length - date.Span.End)))) continue;
                int end = SentenceEnd(text, date.Span.End);
                var named = PressExhibit().Match(text, date.Span.End, end - date.Span.End);
                var exhibit = named.Success ? exhibits.FirstOrDefault(e => e.Number == named.Groups["n"].Value)
                    : exhibits.Count == 1 ? exhibits[0] : default;
                var release = new DealPressRelease(i, named.Success ? named.Groups["n"].Value : exhibit.Number, value, date.Text, new DealSpan(i, date.Span));
                if (exhibit.Dateline is not null)
                    release = release with { DatelineDate = exhibit.Dateline.Value, DatelineText = exhibit.Dateline.Text, DatelineAt = new DealSpan(exhibit.Index, exhibit.Dateline.Span) };
                releases.Add(release);
            }
        }
        return releases;
    }

    /// <summary>The end of the sentence from <paramref name="from"/>: its full stop before a space or line, at most 600 characters on.</summary>
    private static int SentenceEnd(string text, int from)
    {
        int limit = Math.Min(text.Length, from + 600);
        for (int i = from; i < limit - 1; i++)
            if (text[i] == '.' && char.IsWhiteSpace(text[i + 1]) && !(i > 0 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2])))) return i;
        return limit;
    }

    /// <summary>The registration statement a document speaks under: its own number, else its EDGAR file number.</summary>
    private static string? Registration(Filing facts) =>
        facts.RegistrationNumbers.FirstOrDefault()?.Number ?? facts.EdgarFileNumbers.FirstOrDefault(n => n.StartsWith("333-", StringComparison.Ordinal));

    private static List<DealBaseReference> BaseReferences(List<DealDocument> documents)
    {
        var registrations = documents.Select(d => Registration(d.Facts)).ToList();
        var result = new List<DealBaseReference>();
        foreach (var document in documents)
        {
            if (document.Facts.ToProspectusDate is not { Value: { } cited } citation) continue;
            string? registration = registrations[document.Index];
            var reference = new DealBaseReference(document.Index, registration, cited, citation.Text, new DealSpan(document.Index, citation.Span));
            // Only documents of the same registration statement speak of the same base prospectus.
            var others = registration is null ? [] : documents.Where(d => d.Index != document.Index && registrations[d.Index] == registration).ToList();
            var reprinted = others.Where(d => d.Facts.BaseProspectus?.Date?.Value is not null).Select(d => (d, Date: d.Facts.BaseProspectus!.Date!)).FirstOrDefault();
            if (reprinted.d is not null)
            {
                reference = reference with { ExpectedDate = reprinted.Date.Value, ExpectedText = reprinted.Date.Text, ExpectedAt = new DealSpan(reprinted.d.Index, reprinted.Date.Span) };
            }
            else
            {
                var citations = others.Where(d => d.Facts.ToProspectusDate?.Value is not null).Select(d => (d, Date: d.Facts.ToProspectusDate!)).ToList();
                var most = citations.GroupBy(c => c.Date.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(c => c.d.Index)).FirstOrDefault();
                // One other supplement against this one says nothing of which is right; two that agree do.
                if (most is not null && most.Count() >= 2)
                {
                    var first = most.First();
                    reference = reference with { ExpectedDate = first.Date.Value, ExpectedText = first.Date.Text, ExpectedAt = new DealSpan(first.d.Index, first.Date.Span) };
                }
            }
            result.Add(reference);
        }
        return result;
    }

    private static List<DealOffering> Offerings(List<DealDocument> documents)
    {
        var offerings = new List<DealOffering>();
        // Per agreement: a new program (another agreement) starts its own count.
        var caps = new Dictionary<string, (decimal Cap, DealSpan At)>(StringComparer.OrdinalIgnoreCase);
        var sold = new Dictionary<string, (decimal Sold, DealSpan At)>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in InFilingOrder(documents))
        {
            foreach (var offering in document.Facts.Offerings)
            {
                string program = offering.AgreementName is { } name ? Key(name) : "";
                if (offering.Cap is { } cap) caps[program] = (cap, new DealSpan(document.Index, offering.CapSpan));
                var here = offering.SoldGrossProceeds is null ? null : new DealSpan(document.Index, offering.SoldGrossProceedsSpan);
                bool hasCap = caps.TryGetValue(program, out var inForce);
                bool hasSold = sold.TryGetValue(program, out var before);
                offerings.Add(new DealOffering(document.Index, document.FilingDate, offering.AgreementName, offering.Cap, offering.SoldGrossProceeds,
                    offering.Remaining, new DealSpan(document.Index, offering.Span))
                {
                    CapInForce = hasCap ? inForce.Cap : null, CapInForceAt = hasCap ? inForce.At : null,
                    PreviousSold = hasSold ? before.Sold : null, PreviousSoldAt = hasSold ? before.At : null,
                    SoldAt = here,
                });
                if (offering.SoldGrossProceeds is { } s) sold[program] = (s, here!);
            }
        }
        return offerings;
    }
}
