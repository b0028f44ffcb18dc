using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// An offering for each stated cap: the agreement named nearest before it, and the sold and remaining
/// amounts that follow it before the next cap.
/// </summary>
internal sealed class OfferingExtractor : IFactExtractor
{
    public void Extract(FactContext context)
    {
        var caps = context.Amounts.Where(a => a.Role == AmountRole.OfferingCap && a.Unit == AmountUnit.Dollars)
            .OrderBy(a => a.Span.Start).ToList();
        for (int i = 0; i < caps.Count; i++)
        {
            var cap = caps[i];
            int end = i + 1 < caps.Count ? caps[i + 1].Span.Start : context.Text.Length;
            Amount? First(AmountRole role) => context.Amounts
                .Where(a => a.Role == role && a.Span.Start > cap.Span.Start && a.Span.Start < end)
                .OrderBy(a => a.Span.Start).FirstOrDefault();
            var sold = First(AmountRole.SoldGrossProceeds);
            var shares = First(AmountRole.SharesSold);
            var remaining = First(AmountRole.Remaining);
            context.Offerings.Add(new Offering(AgreementBefore(context, cap.Span.Start), cap.Value, cap.Span,
                sold?.Value, sold?.Span ?? default, shares?.Value, remaining?.Value, remaining?.Span ?? default, cap.Span));
        }
    }

    private static string? AgreementBefore(FactContext context, int offset)
    {
        if (context.Agreements.Count == 1) return context.Agreements[0].Term;
        string? best = null;
        int bestAt = -1;
        foreach (var term in context.DefinedTerms.Where(t => context.Agreements.Any(a => a.Term == t.Term)))
        {
            foreach (var at in term.Uses.Select(u => u.Start).Append(term.Span.Start))
                if (at < offset && at > bestAt) { bestAt = at; best = term.Term; }
        }
        return best;
    }
}
