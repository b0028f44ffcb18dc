using FilingLint.Documents;
using FilingLint.Findings;

namespace FilingLint.Facts.Extractors;

/// <summary>The EDGAR header's company name, CIK, file numbers, form type and filing date, each with its place in the header.</summary>
internal sealed class EdgarHeaderExtractor : IFactExtractor
{
    public void Extract(FactContext context)
    {
        var document = context.Document;
        if (document.Header.Count == 0) return;
        HeaderField Field(SgmlHeaderField f)
        {
            var (start, end) = document.HeaderPosition(f);
            var at = Location.FromZeroBased(start, end);
            return new HeaderField(f.Value, at.Line, at.Column, at.EndLine, at.EndColumn);
        }
        // The first of a key is the subject company's, as in the document's metadata.
        HeaderField? First(string key) => document.Header.FirstOrDefault(f => f.Key == key) is { Key: not null } f ? Field(f) : null;
        context.EdgarHeader = new EdgarHeader
        {
            CompanyName = First("COMPANY CONFORMED NAME"),
            Cik = First("CENTRAL INDEX KEY"),
            FileNumbers = document.Header.Where(f => f.Key == "SEC FILE NUMBER").DistinctBy(f => f.Value).Select(Field).ToArray(),
            FormType = First("CONFORMED SUBMISSION TYPE"),
            FiledAsOf = First("FILED AS OF DATE"),
        };
    }
}
