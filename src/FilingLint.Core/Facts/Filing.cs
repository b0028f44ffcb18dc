using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// The fact model of one filing. Rule expressions see every property here by its bare name
/// (<c>Offerings</c>, <c>DocumentDate</c>, ...). Facts are plain data; rules never read the raw text
/// except through declarative <c>require</c>/<c>forbid</c> checks.
/// </summary>
public sealed class Filing
{
    public required string Path { get; init; }
    public DocumentKind Kind { get; init; }

    /// <summary>The SEC form type when known: "424B5", "S-3", ...</summary>
    public string? FormType { get; init; }

    /// <summary>True for prospectuses and prospectus supplements, the documents Item 501 legends and Rule 424(b) apply to.</summary>
    public bool IsProspectus => Kind is DocumentKind.Prospectus or DocumentKind.ProspectusSupplement;

    public string? Title { get; init; }
    public SourceSpan TitleSpan { get; init; }
    /// <summary>The issuer's name as the document writes it on its cover; null when the document does not name it (the EDGAR header's name is <see cref="EdgarHeader"/>'s).</summary>
    public string? Issuer { get; init; }
    public SourceSpan IssuerSpan { get; init; }

    /// <summary>What the EDGAR header says: company name, CIK, file numbers, form type, filing date; null without a header.</summary>
    public EdgarHeader? EdgarHeader { get; init; }
    public DateFact? DocumentDate { get; init; }
    public IReadOnlyList<DateFact> Dates { get; init; } = [];
    public IReadOnlyList<DocumentReference> DocumentReferences { get; init; } = [];
    public IReadOnlyList<DefinedTerm> DefinedTerms { get; init; } = [];
    public IReadOnlyList<Agreement> Agreements { get; init; } = [];
    public IReadOnlyList<AgreementMention> AgreementMentions { get; init; } = [];
    public IReadOnlyList<TermCandidate> TermCandidates { get; init; } = [];
    public IReadOnlyList<Party> Parties { get; init; } = [];
    public IReadOnlyList<Amount> Amounts { get; init; } = [];
    public IReadOnlyList<Offering> Offerings { get; init; } = [];
    public Rule424bHeader? Rule424b { get; init; }
    public IReadOnlyList<RegistrationNumber> RegistrationNumbers { get; init; } = [];

    /// <summary>The Securities Act file numbers the EDGAR header files this document under, one per filer ("333-268718", "333-268718-01"); empty without an EDGAR header.</summary>
    public IReadOnlyList<string> EdgarFileNumbers { get; init; } = [];

    /// <summary>Numbers written in words with their figure: <c>five million ($5,000,000)</c>.</summary>
    public IReadOnlyList<WrittenNumber> WrittenNumbers { get; init; } = [];

    /// <summary>Words and phrases typed twice in a row: <c>the the</c>, <c>of the shares of the shares</c>.</summary>
    public IReadOnlyList<Repetition> Repetitions { get; init; } = [];

    /// <summary>Two determiners or two verbs in a row, one left over from an edit: <c>the our</c>, <c>is has</c>.</summary>
    public IReadOnlyList<LeftOverWord> LeftOverWords { get; init; } = [];

    /// <summary>Capitalized words written once or twice that are typing slips of a word the filing writes many times.</summary>
    public IReadOnlyList<Misspelling> Misspellings { get; init; } = [];

    /// <summary>Cross-references to a section by title and page, with the page the table of contents gives it.</summary>
    public IReadOnlyList<PageReference> PageReferences { get; init; } = [];

    /// <summary>Cross-references to a section of this filing by title, and whether the filing has a section so titled.</summary>
    public IReadOnlyList<SectionReference> SectionReferences { get; init; } = [];

    /// <summary>Opening quotation marks of a short quote never closed in their paragraph.</summary>
    public IReadOnlyList<UnclosedQuote> UnclosedQuotes { get; init; } = [];

    /// <summary>Totals the filing says are made of other amounts: <c>$175,000,000, consisting of $150,000,000 ... and $25,000,000</c>.</summary>
    public IReadOnlyList<AmountSum> AmountSums { get; init; } = [];

    /// <summary>Exhibit entries incorporated from a Form 8-K, with the document's date and the report's filing date.</summary>
    public IReadOnlyList<IncorporatedDocument> IncorporatedDocuments { get; init; } = [];

    /// <summary>Annual and quarterly reports incorporated by reference, each with the end of its period and its filing date.</summary>
    public IReadOnlyList<IncorporatedReport> IncorporatedReports { get; init; } = [];

    /// <summary>The Item 501(b) items of the cover page (the first page).</summary>
    public Cover Cover { get; init; } = new();

    /// <summary>The document has a "Risk Factors" heading after the cover, for the cover's cross-reference to point to.</summary>
    public bool HasRiskFactorsSection { get; init; }

    /// <summary>
    /// The filing says that capitalized terms it does not define have the meanings another document gives them
    /// ("Capitalized terms used but not otherwise defined herein have the meanings given to them in the Merger Agreement").
    /// </summary>
    public bool DefinesTermsByReference { get; init; }

    /// <summary>Commission rates as a percentage of the sales price, in document order.</summary>
    public IReadOnlyList<CommissionRate> CommissionRates { get; init; } = [];

    /// <summary>Every writing of a party's name or short name after its definition, with whether it is spelt as defined.</summary>
    public IReadOnlyList<PartyMention> PartyMentions { get; init; } = [];

    /// <summary>Company names written with the words of the filing's usual writing but other punctuation or word order.</summary>
    public IReadOnlyList<CompanyNameVariant> CompanyNameVariants { get; init; } = [];

    /// <summary>The item headings of a current report on Form 8-K, in order, with whether any disclosure follows each.</summary>
    public IReadOnlyList<Form8KItem> Form8KItems { get; init; } = [];

    /// <summary>Par values given to the issuer's classes of stock, each with the class's usual one when it differs.</summary>
    public IReadOnlyList<ParValue> ParValues { get; init; } = [];

    /// <summary>Set when the filing sells under Form S-3 General Instruction I.B.6 ("one-third of our public float").</summary>
    public BabyShelf? BabyShelf { get; init; }

    /// <summary>The base prospectus a supplement reprints after its own pages, with its own date line; null when there is none.</summary>
    public BaseProspectus? BaseProspectus { get; init; }

    /// <summary>The date a supplement's cover gives the prospectus it supplements: "(To Prospectus dated May 9, 2024)".</summary>
    public DateFact? ToProspectusDate { get; init; }

    /// <summary>The span of the first block: where findings about the document as a whole are reported.</summary>
    public SourceSpan Start { get; init; }
}
