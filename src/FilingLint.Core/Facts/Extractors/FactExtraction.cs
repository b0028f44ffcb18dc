using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>Builds the fact model of a document by running the extractors in dependency order.</summary>
public static class FactExtraction
{
    internal static readonly IFactExtractor[] Pipeline =
    {
        new CoverExtractor(),
        new DateExtractor(),
        new DefinedTermExtractor(),
        new PartyExtractor(),
        new AgreementExtractor(),
        new AgreementMentionExtractor(),
        new TermCandidateExtractor(),
        new AmountExtractor(),
        new OfferingExtractor(),
        new WrittenNumberExtractor(),
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
