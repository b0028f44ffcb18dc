using System.Globalization;
using System.Text.RegularExpressions;
using FilingLint.Documents;
using FilingLint.Expressions;
using FilingLint.Facts;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// The facts the checks relied on, as the report's tables show them (docs/report.md, <c>files[].facts</c>).
/// A fact is "flagged" when a finding's span overlaps it, so the tables point at what the findings are about.
/// </summary>
internal static partial class ReportFactsModel
{
    public static Dictionary<string, object?> Build(Filing filing, Document document, IReadOnlyList<Finding> findings)
    {
        List<string> RulesAt(SourceSpan span) => findings
            .Where(f => f.Span.Start < span.End && span.Start < f.Span.End || (span.Length == 0 && f.Span.Start == span.Start))
            .Select(f => f.RuleId).Distinct().ToList();

        return new Dictionary<string, object?>
        {
            ["kind"] = Words(filing.Kind.ToString()),
            ["formType"] = filing.FormType,
            ["title"] = filing.Title,
            ["issuer"] = filing.Issuer ?? filing.EdgarHeader?.CompanyName?.Value,
            ["documentDate"] = filing.DocumentDate?.Text,
            ["rule424b"] = filing.Rule424b?.Text,
            ["registrationNumbers"] = filing.RegistrationNumbers.Select(r => r.Number).Distinct().ToList(),
            ["definedTerms"] = filing.DefinedTerms.Select(t =>
            {
                var rules = t.Definitions.SelectMany(d => RulesAt(d.Span)).Distinct().ToList();
                return new Dictionary<string, object?>
                {
                    ["term"] = t.Term,
                    ["definition"] = t.Antecedent,
                    ["definitions"] = t.Definitions.Count,
                    ["uses"] = t.Uses.Count,
                    ["unused"] = t.Uses.Count == 0,
                    ["usedBeforeDefined"] = t.UsedBeforeDefined,
                    ["conflicting"] = t.HasConflictingDefinitions,
                    ["flagged"] = rules.Count > 0,
                    ["ruleIds"] = string.Join(" ", rules),
                };
            }).ToList(),
            ["dates"] = Dates(filing, document, RulesAt),
            ["timeline"] = Timeline(filing, RulesAt),
            ["agreements"] = filing.Agreements.Select(a => new Dictionary<string, object?>
            {
                ["name"] = a.Name,
                ["term"] = a.Term,
                ["date"] = a.Date is { } date ? FactFormatting.Format(date, null) : null,
                ["counterparty"] = a.Counterparty,
            }).ToList(),
            ["parties"] = filing.Parties.Select(p => new Dictionary<string, object?> { ["name"] = p.Name, ["shortName"] = p.ShortName }).ToList(),
            ["amounts"] = filing.Amounts.Where(a => a.Role != AmountRole.Other).Select(a =>
            {
                var rules = RulesAt(a.Span);
                return new Dictionary<string, object?>
                {
                    ["text"] = a.Text,
                    ["value"] = FactFormatting.Format(a.Value, a.Unit == AmountUnit.Dollars ? "C0" : null),
                    ["unit"] = Words(a.Unit.ToString()),
                    ["role"] = Words(a.Role.ToString()),
                    ["qualifiers"] = string.Join(", ", a.Qualifiers),
                    ["flagged"] = rules.Count > 0,
                    ["ruleIds"] = string.Join(" ", rules),
                };
            }).ToList(),
            ["offerings"] = filing.Offerings.Select(o =>
            {
                decimal? used = o.Cap is > 0 && o.SoldGrossProceeds is { } sold ? sold / o.Cap.Value * 100 : null;
                var rules = RulesAt(o.SoldGrossProceedsSpan).Concat(RulesAt(o.CapSpan)).Distinct().ToList();
                return new Dictionary<string, object?>
                {
                    ["agreement"] = o.AgreementName,
                    ["cap"] = o.Cap is { } c ? FactFormatting.Format(c, "C0") : null,
                    ["sold"] = o.SoldGrossProceeds is { } s ? FactFormatting.Format(s, "C0") : null,
                    ["sharesSold"] = o.SharesSold is { } n ? FactFormatting.Format(n, null) : null,
                    ["remaining"] = o.Remaining is { } r ? FactFormatting.Format(r, "C0") : null,
                    ["percentUsed"] = used is { } p ? Math.Round(p, 2).ToString("0.00", CultureInfo.InvariantCulture) : null,
                    ["barWidth"] = used is { } w ? Math.Round(Math.Clamp(w, 0, 100), 2).ToString("0.##", CultureInfo.InvariantCulture) : null,
                    ["overCap"] = used > 100,
                    ["flagged"] = rules.Count > 0,
                    ["ruleIds"] = string.Join(" ", rules),
                };
            }).ToList(),
        };
    }

    private static List<Dictionary<string, object?>> Dates(Filing filing, Document document, Func<SourceSpan, List<string>> rulesAt) =>
        DistinctDates(filing)
            .OrderBy(d => d.Value ?? DateOnly.MaxValue).ThenBy(d => d.Span.Start)
            .Select(d =>
            {
                var rules = rulesAt(d.Span);
                return new Dictionary<string, object?>
                {
                    ["text"] = d.Text,
                    ["value"] = d.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["role"] = RoleLabel(d, filing),
                    ["subject"] = d.Subject,
                    ["line"] = Location.Of(document, d.Span).Line,
                    ["valid"] = d.IsValid && d.WeekdayMatches,
                    ["problem"] = !d.IsValid ? "no such date"
                        : !d.WeekdayMatches ? $"{d.Value:MMMM d, yyyy} is a {d.ActualWeekday}, not a {d.Weekday}"
                        : null,
                    ["inconsistent"] = rules.Any(r => r.StartsWith("dates.", StringComparison.Ordinal)),
                    ["flagged"] = rules.Count > 0,
                    ["ruleIds"] = string.Join(" ", rules),
                };
            }).ToList();

    /// <summary>One point per distinct valid date, placed along the span from the earliest to the latest.</summary>
    private static List<Dictionary<string, object?>> Timeline(Filing filing, Func<SourceSpan, List<string>> rulesAt)
    {
        var groups = DistinctDates(filing).Where(d => d.Value is not null).GroupBy(d => d.Value!.Value).OrderBy(g => g.Key).ToList();
        if (groups.Count == 0) return [];
        int first = groups[0].Key.DayNumber, last = groups[^1].Key.DayNumber;
        return groups.Select(g => new Dictionary<string, object?>
        {
            ["date"] = FactFormatting.Format(g.Key, null),
            ["value"] = g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["position"] = (last == first ? 50m : Math.Round((g.Key.DayNumber - first) * 100m / (last - first), 2)).ToString("0.##", CultureInfo.InvariantCulture),
            ["roles"] = string.Join(", ", g.Select(d => RoleLabel(d, filing)).Distinct()),
            ["flagged"] = g.Any(d => rulesAt(d.Span).Count > 0 || !d.WeekdayMatches),
        }).ToList();
    }

    private static IEnumerable<DateFact> DistinctDates(Filing filing) =>
        filing.Dates.GroupBy(d => d.Span).Select(g => g.First());

    /// <summary>What a date is the date of, in a reader's words: base prospectus, supplement, agreement, ...</summary>
    private static string RoleLabel(DateFact d, Filing filing) => d.Role switch
    {
        DateRole.Document => filing.Kind == DocumentKind.ProspectusSupplement ? "this supplement" : "this document",
        DateRole.Reference when d.Subject is { } s && s.Contains("Supplement", StringComparison.OrdinalIgnoreCase) => "prospectus supplement",
        DateRole.Reference when d.Subject is { } s && s.Contains("Prospectus", StringComparison.OrdinalIgnoreCase) => "base prospectus",
        DateRole.Reference => d.Subject ?? "referenced document",
        DateRole.Agreement => "agreement",
        DateRole.Effective => "effective",
        DateRole.AsOf => "as of",
        DateRole.MarketPrice => "market price",
        _ => "other",
    };

    /// <summary>"OfferingCap" → "offering cap".</summary>
    private static string Words(string name) => CamelHump().Replace(name, " $1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CamelHump();
}
