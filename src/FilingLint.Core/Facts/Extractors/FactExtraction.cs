using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Builds the fact model of a document by running the extractors in dependency order.</summary>
public static class FactExtraction
{
    private static readonly IFactExtractor[] Pipeline =
    {
        new CoverExtractor(),
        new CoverItemsExtractor(),
        new DateExtractor(),
        new DefinedTermExtractor(),
        new PartyExtractor(),
        new PartyMentionExtractor(),
        new AgreementExtractor(),
        new AgreementMentionExtractor(),
        new TermCandidateExtractor(),
        new AmountExtractor(),
        new OfferingExtractor(),
        new WrittenNumberExtractor(),
        new CommissionRateExtractor(),
        new BabyShelfExtractor(),
    };

    /// <param name="document">The document to read facts from.</param>
    /// <param name="formType">A form type given by the user (<c>--form</c>), used when the filing does not say.</param>
    public static Filing Extract(Document document, string? formType = null)
    {
        var context = new FactContext(document, formType);
        foreach (var extractor in Pipeline) extractor.Extract(context);
        return context.ToFiling();
    }
}
