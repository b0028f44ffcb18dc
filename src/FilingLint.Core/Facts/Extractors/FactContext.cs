using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>The facts found so far; extractors run in order and read what earlier ones found.</summary>
internal sealed partial class FactContext(Document document, string? formOverride)
{
    public Document Document { get; } = document;
    public string Text => Document.Text;
    public string? FormOverride { get; } = formOverride;

    public DocumentKind Kind { get; set; }
    public string? FormType { get; set; }
    public string? Title { get; set; }
    public SourceSpan TitleSpan { get; set; }
    /// <summary>The issuer's name for the extractors: the document's, else the EDGAR header's company name.</summary>
    public string? Issuer { get; set; }
    public SourceSpan IssuerSpan { get; set; }

    /// <summary>True when <see cref="Issuer"/> is the header's name, which rules see as <c>EdgarHeader.CompanyName</c>, not as <c>Issuer</c>.</summary>
    public bool IssuerFromHeader { get; set; }
    public EdgarHeader? EdgarHeader { get; set; }
    public Rule424bHeader? Rule424b { get; set; }
    public List<RegistrationNumber> RegistrationNumbers { get; } = new();
    public List<string> EdgarFileNumbers { get; } = new();
    public DateFact? DocumentDate { get; set; }
    public List<DateFact> Dates { get; } = new();
    public List<DocumentReference> DocumentReferences { get; } = new();
    public List<DefinedTerm> DefinedTerms { get; } = new();
    public List<Party> Parties { get; } = new();
    public List<Agreement> Agreements { get; } = new();
    public List<AgreementMention> AgreementMentions { get; } = new();
    public List<TermCandidate> TermCandidates { get; } = new();
    public List<Amount> Amounts { get; } = new();
    public List<Offering> Offerings { get; } = new();
    public List<WrittenNumber> WrittenNumbers { get; } = new();
    public List<Repetition> Repetitions { get; } = new();
    public List<LeftOverWord> LeftOverWords { get; } = new();
    public List<Misspelling> Misspellings { get; } = new();
    public List<PageReference> PageReferences { get; } = new();
    public List<SectionReference> SectionReferences { get; } = new();
    public List<UnclosedQuote> UnclosedQuotes { get; } = new();
    public List<AmountSum> AmountSums { get; } = new();
    public List<IncorporatedDocument> IncorporatedDocuments { get; } = new();
    public List<IncorporatedReport> IncorporatedReports { get; } = new();
    public Cover Cover { get; set; } = new();
    public bool HasRiskFactorsSection { get; set; }
    public bool DefinesTermsByReference { get; set; }

    /// <summary>Terms the filing says another document defines, where it uses them ("X, as defined in the Indenture").</summary>
    public HashSet<string> TermsDefinedElsewhere { get; } = new(StringComparer.Ordinal);
    public List<CommissionRate> CommissionRates { get; } = new();
    public List<PartyMention> PartyMentions { get; } = new();
    public List<CompanyNameVariant> CompanyNameVariants { get; } = new();
    public List<Form8KItem> Form8KItems { get; } = new();
    public List<ParValue> ParValues { get; } = new();
    public BabyShelf? BabyShelf { get; set; }

    /// <summary>Where a supplement's reprinted base prospectus begins, or -1; its own date line once dates are read.</summary>
    public int BaseProspectusStart { get; set; } = -1;
    public DateFact? BaseProspectusDate { get; set; }
    public DateFact? ToProspectusDate { get; set; }
    public SourceSpan? BaseProspectusPreliminaryLegend { get; set; }

    /// <summary>
    /// Where the prospectus ends in a registration statement: at Part II, "Information not required in
    /// prospectus" (the exhibit index and undertakings quote agreements by their formal titles).
    /// </summary>
    public int ProspectusEnd => _prospectusEnd ??= FindProspectusEnd();

    private int? _prospectusEnd;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:PART\s+II\W*)?INFORMATION\s+NOT\s+REQUIRED\s+IN\s+(?:THE\s+)?PROSPECTUS\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PartTwoHeading();

    private int FindProspectusEnd()
    {
        foreach (var block in Document.Blocks)
        {
            if (block.Span.Length > 80) continue;
            string text = Document.Slice(block.Span);
            if (PartTwoHeading().IsMatch(text))
                return block.Span.Start;
        }
        return Text.Length;
    }

    /// <summary>
    /// The matches of a pattern whose matches never run from one paragraph into the next (their words are joined by
    /// spaces, or they must be), paragraph by paragraph and only in paragraphs that contain <paramref name="word"/>, which
    /// every match contains: a pattern that may start at any capitalised word is tried at few of them.
    /// </summary>
    public IEnumerable<System.Text.RegularExpressions.Match> MatchesInParagraphsWith(System.Text.RegularExpressions.Regex pattern, string word)
    {
        foreach (var block in Document.Blocks)
        {
            if (Text.AsSpan(block.Span.Start, block.Span.Length).IndexOf(word, StringComparison.Ordinal) < 0) continue;
            for (var m = pattern.Match(Text, block.Span.Start, block.Span.Length); m.Success; m = m.NextMatch()) yield return m;
        }
    }

    /// <summary>Start of the sentence holding the offset: after the last ". " (or block start), at most 400 characters back.</summary>
    public int SentenceStart(int offset)
    {
        int blockStart = Document.BlockAt(offset)?.Span.Start ?? 0;
        int floor = Math.Max(blockStart, offset - 400);
        for (int i = offset - 1; i > floor; i--)
        {
            if (Text[i] == ' ' && (Text[i - 1] is '.' or '?' or '!' or ';') && !IsAbbreviationEnd(i - 1))
                return i + 1;
        }
        return floor;
    }

    /// <summary>End of the sentence holding the offset, at most 400 characters on.</summary>
    public int SentenceEnd(int offset)
    {
        int blockEnd = Document.BlockAt(offset)?.Span.End ?? Text.Length;
        int ceiling = Math.Min(blockEnd, offset + 400);
        for (int i = offset; i < ceiling - 1; i++)
        {
            if ((Text[i] is '.' or '?' or '!' or ';') && Text[i + 1] == ' ' && !IsAbbreviationEnd(i))
                return i + 1;
        }
        return ceiling;
    }

    private bool IsAbbreviationEnd(int dot)
    {
        if (Text[dot] != '.') return false;
        int s = dot - 1;
        while (s >= 0 && char.IsLetter(Text[s])) s--;
        var word = Text.AsSpan(s + 1, dot - s - 1);
        return word.Length <= 3 && word.Length > 0 && char.IsUpper(word[0]) || word is "Inc" or "Corp" or "Ltd" or "No" or "Co";
    }

    /// <summary>A run-in heading ends with a period but capitalizes every word: "Risks Related to This Offering."</summary>
    private static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToArray();
        return words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || SmallWords.Contains(w));
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
        { "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "under" };

    /// <summary>Headings, table cells and quoted section titles ("“Prospectus Summary—The Offering”") capitalize words that are not terms.</summary>
    public bool IsInTitleOrQuote(int offset, bool runInHeadings = true)
    {
        var block = Document.BlockAt(offset);
        if (block is null) return false;
        if (block.Kind == Documents.BlockKind.Heading) return true;
        if (block.Span.Length < 120)
        {
            string text = Document.Slice(block.Span);
            if (!text.TrimEnd().EndsWith('.') || runInHeadings && IsTitleCase(text)) return true;
        }
        // An open quotation mark a little way back; not the whole block, which can be megabytes in a hostile file.
        int from = Math.Max(block.Span.Start, offset - 1000);
        var before = Text.AsSpan(from, offset - from);
        return before.LastIndexOf('“') > before.LastIndexOf('”');
    }

    public Filing ToFiling() => new()
    {
        Path = Document.Path,
        Kind = Kind,
        FormType = FormType,
        Title = Title,
        TitleSpan = TitleSpan,
        Issuer = IssuerFromHeader ? null : Issuer,
        IssuerSpan = IssuerSpan,
        EdgarHeader = EdgarHeader,
        DocumentDate = DocumentDate,
        Dates = Dates.OrderBy(d => d.Span.Start).ToArray(),
        DocumentReferences = DocumentReferences.OrderBy(d => d.Span.Start).ToArray(),
        DefinedTerms = DefinedTerms.ToArray(),
        Agreements = Agreements.ToArray(),
        AgreementMentions = AgreementMentions.ToArray(),
        TermCandidates = TermCandidates.ToArray(),
        Parties = Parties.ToArray(),
        Amounts = Amounts.OrderBy(a => a.Span.Start).ToArray(),
        Offerings = Offerings.ToArray(),
        Rule424b = Rule424b,
        RegistrationNumbers = RegistrationNumbers.ToArray(),
        EdgarFileNumbers = EdgarFileNumbers.ToArray(),
        WrittenNumbers = WrittenNumbers.ToArray(),
        Repetitions = Repetitions.ToArray(),
        LeftOverWords = LeftOverWords.ToArray(),
        Misspellings = Misspellings.ToArray(),
        PageReferences = PageReferences.ToArray(),
        SectionReferences = SectionReferences.ToArray(),
        UnclosedQuotes = UnclosedQuotes.ToArray(),
        AmountSums = AmountSums.ToArray(),
        IncorporatedDocuments = IncorporatedDocuments.ToArray(),
        IncorporatedReports = IncorporatedReports.ToArray(),
        Cover = Cover,
        HasRiskFactorsSection = HasRiskFactorsSection,
        DefinesTermsByReference = DefinesTermsByReference,
        CommissionRates = CommissionRates.OrderBy(c => c.Span.Start).ToArray(),
        PartyMentions = PartyMentions.OrderBy(p => p.Span.Start).ToArray(),
        CompanyNameVariants = CompanyNameVariants.OrderBy(c => c.Span.Start).ToArray(),
        Form8KItems = Form8KItems.ToArray(),
        ParValues = ParValues.OrderBy(p => p.Span.Start).ToArray(),
        BabyShelf = BabyShelf,
        ToProspectusDate = ToProspectusDate,
        BaseProspectus = BaseProspectusStart < 0 ? null : new BaseProspectus(SourceSpan.FromBounds(BaseProspectusStart, Text.Length), BaseProspectusDate)
        {
            PreliminaryLegend = BaseProspectusPreliminaryLegend is { } legend ? Spaces.Collapse(Document.Slice(legend)) : null,
            PreliminaryLegendSpan = BaseProspectusPreliminaryLegend ?? default,
        },
        Start = Document.Blocks.Count > 0 ? Document.Blocks[0].Span : new SourceSpan(0, 0),
    };
}
