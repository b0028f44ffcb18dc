using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Builds the fact model of a document by running the extractors in dependency order. The extractors' patterns
/// run without a match timeout: checking the clock inside every regex loop cost a third of the extraction time.
/// They are written to run in linear time instead (bounded repetition, no nested quantifiers over the same
/// characters), and the fuzzing suite holds every reader and extractor to a time bound on hostile text. Patterns
/// from rules always run with a timeout.
/// </summary>
public static class FactExtraction
{
    internal static readonly IFactExtractor[] Pipeline =
    {
        new EdgarHeaderExtractor(),
        new CoverExtractor(),
        new CoverItemsExtractor(),
        new DocumentPartsExtractor(),
        new DateExtractor(),
        new IncorporatedDocumentExtractor(),
        new IncorporatedReportExtractor(),
        new DefinedTermExtractor(),
        new PartyExtractor(),
        new PartyMentionExtractor(),
        new CompanyNameExtractor(),
        new Form8KItemExtractor(),
        new ParValueExtractor(),
        new AgreementExtractor(),
        new AgreementMentionExtractor(),
        new TermCandidateExtractor(),
        new AmountExtractor(),
        new AmountSumExtractor(),
        new OfferingExtractor(),
        new WrittenNumberExtractor(),
        new WordSlipExtractor(),
        new MisspellingExtractor(),
        new PageReferenceExtractor(),
        new SectionReferenceExtractor(),
        new UnclosedQuoteExtractor(),
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
