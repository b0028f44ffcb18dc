using System.Globalization;
using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>The document's kind, title, issuer, Rule 424(b) header and registration numbers.</summary>
internal sealed partial class CoverExtractor : IFactExtractor
{
    [GeneratedRegex(@"^(S|F)-\d+(/A|MEF|ASR)?$|^(S|F)-\d+ASR$")]
    private static partial Regex RegistrationFormType();

    [GeneratedRegex(@"^A\s|\b(?:Securities|Capital\s+Markets|Financial\s+Services|Wealth\s+Management)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentName();

    [GeneratedRegex(@"\bSupplement\s+No\.\s*\d+\s+to\s+(?:the\s+)?Prospectus\s+Supplement\b|\bPROSPECTUS\s+SUPPLEMENT\b|\bProspectus\s+Supplement\b(?=\s*(?:\(|$|\n|No\.|dated))", RegexOptions.IgnoreCase)]
    private static partial Regex SupplementTitle();

    // "Filed Pursuant to Rule 424(b)(5)", and the variants that say the same: "Filing pursuant to", "Filed pursuant to
    // 424(b)(3)" (the paragraph is what Rule 424 asks for), "Pursuant to Rule 424(b)(3)" as a header line of its own.
    [GeneratedRegex(@"(?:\bFil(?:ed|ing)\s+(?:Pursuant\s+to|under)|^[^\S\n]*Pursuant\s+to)\s+(?:SEC\s+)?(?:Rule\s+)?424\s*\(\s*b\s*\)\s*\(\s*(?<n>\d+)\s*\)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Rule424b();

    [GeneratedRegex(@"(?<![\d-])333-\d{5,6}(?!\d)")]
    private static partial Regex RegistrationNo();

    [GeneratedRegex(@"^\s*(?:FORM\s+)?(?<form>S-1|S-3|S-4|S-8|S-11|F-1|F-3|F-4)\b(?:\s*/?\s*A)?\s*(?:REGISTRATION\s+STATEMENT)?", RegexOptions.IgnoreCase)]
    private static partial Regex RegistrationForm();

    /// <summary>A current report's cover title, for a draft without an EDGAR header.</summary>
    [GeneratedRegex(@"^\W*FORM\s+8-K(?<a>\s*/\s*A)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentReportForm();

    [GeneratedRegex(@"^\s*(?:PRELIMINARY\s+)?PROSPECTUS\s*$|^\s*Prospectus\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ProspectusHeading();

    [GeneratedRegex(@"(?:,\s*|\s+)(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|LLC|L\.L\.C\.|L\.P\.|Ltd\.?|Limited|plc|N\.V\.|S\.A\.|AG|Holdings|Trust|Bancorp|Financial)$", RegexOptions.IgnoreCase)]
    internal static partial Regex CorporateSuffix();

    /// <summary>An amendment that carries no prospectus: only the facing page, Part II and exhibits.</summary>
    [GeneratedRegex(@"\bconsists\s+only\s+of\s+the\s+facing\s+page\b|\bis\s+being\s+filed\s+solely\s+(?:for\s+the\s+purpose\s+of\s+filing|to\s+file)\b[^.]{0,200}\bexhibits?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExhibitsOnlyAmendment();

    public void Extract(FactContext context)
    {
        var doc = context.Document;
        var cover = doc.CoverPage;
        var coverBlocks = doc.Blocks.Where(b => b.Span.Start >= cover.Start && b.Span.End <= cover.End).Take(80).ToList();

        var rule = Rule424b().Match(doc.Text, cover.Start, Math.Min(doc.Text.Length, Math.Max(cover.End, 6000)) - cover.Start);
        if (!rule.Success) rule = Rule424b().Match(doc.Text);
        if (rule.Success)
            context.Rule424b = new Rule424bHeader(rule.Groups["n"].Value, rule.Value, new SourceSpan(rule.Index, rule.Length));

        foreach (Match m in RegistrationNo().Matches(doc.Text))
            context.RegistrationNumbers.Add(new RegistrationNumber(m.Value, new SourceSpan(m.Index, m.Length)));
        if (doc.Metadata.TryGetValue("SEC FILE NUMBERS", out var fileNumbers))
            context.EdgarFileNumbers.AddRange(fileNumbers.Split(", ").Where(n => n.StartsWith("333-", StringComparison.Ordinal)));

        context.FormType = FormFromMetadata(doc) ?? context.FormOverride;
        DocumentKind kind = KindFromForm(context.FormType);
        foreach (var block in coverBlocks)
        {
            string text = doc.Slice(block.Span);
            var title = SupplementTitle().Match(text);
            if (title.Success && context.Title is null)
            {
                context.Title = Spaces.Collapse(title.Value);
                context.TitleSpan = new SourceSpan(block.Span.Start + title.Index, title.Length);
                if (kind == DocumentKind.Unknown) kind = DocumentKind.ProspectusSupplement;
            }
            if (kind == DocumentKind.Unknown && RegistrationForm().IsMatch(text) && text.Length < 200)
            {
                kind = DocumentKind.RegistrationStatement;
                context.FormType ??= RegistrationForm().Match(text).Groups["form"].Value.ToUpperInvariant();
            }
            if (context.Issuer is null && IsCompanyName(text) && !IsAgentName(text) && MatchesConformedName(doc, text))
            {
                context.Issuer = ToTitleCase(text.Trim());
                context.IssuerSpan = block.Span;
            }
        }
        if (context.Issuer is null)
        {
            // No cover name begins like the header's first filer (a co-registrant such as a finance subsidiary issues the notes).
            var named = coverBlocks.FirstOrDefault(b => IsCompanyName(doc.Slice(b.Span)) && !IsAgentName(doc.Slice(b.Span)));
            if (named is not null)
            {
                context.Issuer = ToTitleCase(doc.Slice(named.Span).Trim());
                context.IssuerSpan = named.Span;
            }
        }
        if (kind == DocumentKind.Unknown && context.Rule424b is not null) kind = DocumentKind.ProspectusSupplement;
        if (kind == DocumentKind.Unknown && coverBlocks.Any(b => ProspectusHeading().IsMatch(doc.Slice(b.Span))))
            kind = DocumentKind.Prospectus;
        if (context.FormType is null && context.Rule424b is not null) context.FormType = "424B" + context.Rule424b.Paragraph;
        if (kind == DocumentKind.Unknown && context.FormType is null
            && coverBlocks.Select(b => CurrentReportForm().Match(doc.Slice(b.Span))).FirstOrDefault(m => m.Success) is { } report)
        {
            context.FormType = report.Groups["a"].Success ? "8-K/A" : "8-K";
            kind = DocumentKind.Other;
        }
        if (doc.Metadata.TryGetValue("COMPANY CONFORMED NAME", out var company) && context.Issuer is null)
        {
            // The extractors still match parties against it; the fact model keeps it apart from the document's own name.
            context.Issuer = company;
            context.IssuerFromHeader = true;
        }
        if (kind == DocumentKind.RegistrationStatement && ExhibitsOnlyAmendment().IsMatch(doc.Text[..Math.Min(doc.Text.Length, 20_000)]))
            kind = DocumentKind.Other;
        context.Kind = kind;
    }

    private static string? FormFromMetadata(Document doc) =>
        doc.Metadata.TryGetValue("CONFORMED SUBMISSION TYPE", out var form) ? form.Trim().ToUpperInvariant() : null;

    internal static DocumentKind KindFromForm(string? form)
    {
        if (string.IsNullOrWhiteSpace(form)) return DocumentKind.Unknown;
        form = form.Trim().ToUpperInvariant();
        if (form.StartsWith("424B", StringComparison.Ordinal) || form is "PROSPECTUS-SUPPLEMENT" or "SUPPLEMENT")
            return DocumentKind.ProspectusSupplement;
        if (form is "PROSPECTUS" or "424A") return DocumentKind.Prospectus;
        if (RegistrationFormType().IsMatch(form)) return DocumentKind.RegistrationStatement;
        return DocumentKind.Other;
    }

    /// <summary>Underwriters and agents also appear on the cover in capitals, below the issuer's name.</summary>
    private static bool IsAgentName(string text) =>
        AgentName().IsMatch(text);

    /// <summary>With an EDGAR header, the issuer's name on the cover begins like the subject company's conformed name.</summary>
    private static bool MatchesConformedName(Document doc, string text)
    {
        if (!doc.Metadata.TryGetValue("COMPANY CONFORMED NAME", out var conformed)) return true;
        static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        string name = Squash(conformed), candidate = Squash(text);
        int n = Math.Min(8, Math.Min(name.Length, candidate.Length));
        return n >= 3 && string.CompareOrdinal(name, 0, candidate, 0, n) == 0;
    }

    private static bool IsCompanyName(string text)
    {
        text = text.Trim();
        if (text.Length is < 4 or > 80) return false;
        if (!CorporateSuffix().IsMatch(text)) return false;
        // A name, not a sentence: every word is capitalized or a connector.
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "&" or "of" or "and" or "de");
    }

    private static string ToTitleCase(string text)
    {
        if (text.Any(char.IsLower)) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
        {
            string bare = w.TrimEnd(',', '.');
            if (bare.Length <= 3 && bare.Contains('.') || bare is "LLC" or "LP" or "N.A" or "PLC" or "AG" or "USA" || bare.Length == 1)
                return w;
            return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant());
        });
        return string.Join(' ', words);
    }
}
