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

    public static Deal Build(IReadOnlyList<(Document Document, Filing Facts)> documents)
    {
        var dealDocuments = documents.Select((d, i) => new DealDocument(i, d.Facts.Path, d.Facts.FormType, d.Facts.Kind,
            d.Facts.EdgarHeader?.FiledAsOfDate ?? d.Facts.DocumentDate?.Value, d.Facts)).ToList();
        return new Deal
        {
            Documents = dealDocuments,
            AgreementMentions = Agreements(documents),
            Offerings = Offerings(dealDocuments),
        };
    }

    private static List<DealAgreementMention> Agreements(IReadOnlyList<(Document Document, Filing Facts)> documents)
    {
        var mentions = new List<DealAgreementMention>();
        for (int i = 0; i < documents.Count; i++)
        {
            var (document, facts) = documents[i];
            foreach (var agreement in facts.Agreements)
            {
                // The date as the document writes it, and where: the same dated reference the agreement's date came from.
                var dated = facts.DocumentReferences
                    .Where(r => r.Date.Value is not null && (r.Name == agreement.Name || r.Name == agreement.Term))
                    .OrderBy(r => r.Executed).FirstOrDefault();
                var at = dated is not null && dated.Date.Value == agreement.Date ? dated.Date.Span : agreement.Span;
                mentions.Add(new DealAgreementMention(i, agreement.Name, agreement.Term, agreement.Date, dated?.Date.Text, agreement.Counterparty,
                    new DealSpan(i, at)) { Key = Key(agreement.Term) });
            }
            if (SelfAgreement(document, facts, i) is { } self && !mentions.Any(m => m.Document == i && m.Key == self.Key)) mentions.Add(self);
        }

        // Matched by key; a mention whose counterparty differs from the others' is another agreement of that name.
        var result = new List<DealAgreementMention>();
        foreach (var group in mentions.GroupBy(m => m.Key))
        {
            var dates = group.Where(m => m.Date is not null).ToList();
            var counted = dates.GroupBy(m => m.Date).Select(g => (Date: g.Key, Documents: g.Select(m => m.Document).Distinct().Count(), First: g.Min(m => m.Document)))
                .OrderByDescending(g => g.Documents).ThenBy(g => g.First).ToList();
            var expected = counted.Count == 0 ? null : dates.First(m => m.Date == counted[0].Date);
            int datedDocuments = dates.Select(m => m.Document).Distinct().Count();
            foreach (var m in group)
            {
                bool sameAgreement = expected is null || m.Counterparty is null || expected.Counterparty is null || SameParty(m.Counterparty, expected.Counterparty);
                result.Add(m with
                {
                    DatedDocuments = datedDocuments,
                    ExpectedDate = sameAgreement ? expected?.Date : null,
                    ExpectedDateText = sameAgreement ? expected?.DateText : null,
                    ExpectedAt = sameAgreement ? expected?.At : null,
                });
            }
        }
        return result.OrderBy(m => m.Document).ThenBy(m => m.At.Span.Start).ToList();
    }

    /// <summary>A document that is itself an agreement: a title ending in “Agreement” opening it, and its date in the opening words.</summary>
    private static DealAgreementMention? SelfAgreement(Document document, Filing facts, int index)
    {
        if (facts.Title is not { } title || !title.TrimEnd('.', ' ').EndsWith("AGREEMENT", StringComparison.OrdinalIgnoreCase) || facts.IsProspectus) return null;
        string name = Words.Pattern().Matches(title).Count == 0 ? title : Titled(title.TrimEnd('.', ' '));
        var date = facts.Dates.Where(d => d.Value is not null && d.Span.Start < facts.TitleSpan.End + OpeningChars)
            .FirstOrDefault(d => DatedBefore().IsMatch(document.Text.AsSpan(Math.Max(0, d.Span.Start - 40), Math.Min(40, d.Span.Start))));
        if (date is null) return null;
        return new DealAgreementMention(index, name, name, date.Value, date.Text, null, new DealSpan(index, date.Span)) { Key = Key(name) };
    }

    /// <summary>“EQUITY DISTRIBUTION AGREEMENT” as “Equity Distribution Agreement”.</summary>
    private static string Titled(string title) =>
        title.Any(char.IsLower) ? title : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(title.ToLowerInvariant());

    private static string Key(string term)
    {
        string key = Spaces.Collapse(term).ToLowerInvariant();
        return key.EndsWith("agreements", StringComparison.Ordinal) ? key[..^1] : key;
    }

    private static bool SameParty(string a, string b) =>
        a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    private static List<DealOffering> Offerings(List<DealDocument> documents)
    {
        var offerings = new List<DealOffering>();
        decimal? cap = null, sold = null;
        DealSpan? capAt = null, soldAt = null;
        // In filing-date order; a document without a date keeps its place after the dated ones.
        foreach (var document in documents.OrderBy(d => d.FilingDate ?? DateOnly.MaxValue).ThenBy(d => d.Index))
        {
            foreach (var offering in document.Facts.Offerings)
            {
                if (offering.Cap is not null) { cap = offering.Cap; capAt = new DealSpan(document.Index, offering.CapSpan); }
                var here = offering.SoldGrossProceeds is null ? null : new DealSpan(document.Index, offering.SoldGrossProceedsSpan);
                offerings.Add(new DealOffering(document.Index, document.FilingDate, offering.AgreementName, offering.Cap, offering.SoldGrossProceeds,
                    offering.Remaining, new DealSpan(document.Index, offering.Span))
                {
                    CapInForce = cap, CapInForceAt = capAt, PreviousSold = sold, PreviousSoldAt = soldAt, SoldAt = here,
                });
                if (offering.SoldGrossProceeds is not null) { sold = offering.SoldGrossProceeds; soldAt = here; }
            }
        }
        return offerings;
    }
}
