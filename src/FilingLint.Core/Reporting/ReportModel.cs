using FilingLint.Engine;
using FilingLint.Expressions;
using FilingLint.Facts;
using FilingLint.Findings;

namespace FilingLint.Reporting;

/// <summary>
/// The model handed to the HTML template: plain dictionaries and lists of strings and numbers, so a
/// custom template needs no knowledge of C#. Its shape is documented in docs/report.md.
/// </summary>
internal static class ReportModel
{
    public static Dictionary<string, object?> Build(LintRun run, RuleSet? rules)
    {
        var definitions = rules?.Definitions.ToDictionary(d => d.Id) ?? new();
        return new Dictionary<string, object?>
        {
            ["tool"] = new Dictionary<string, object?> { ["name"] = "FilingLint", ["version"] = LintRun.ToolVersion },
            ["generatedAt"] = run.Started.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
            ["ruleSets"] = run.RuleSets,
            ["rulesRun"] = definitions.Count,
            ["summary"] = new Dictionary<string, object?>
            {
                ["files"] = run.Files.Count,
                ["errors"] = run.Errors,
                ["warnings"] = run.Warnings,
                ["infos"] = run.Infos,
            },
            ["files"] = run.Files.Select((f, i) => File(f, i, definitions)).ToList(),
        };
    }

    private static Dictionary<string, object?> File(FileResult file, int index, Dictionary<string, Rules.RuleDefinition> definitions) => new()
    {
        ["index"] = index,
        ["path"] = file.Path,
        ["unreadable"] = file.IsUnreadable,
        ["errors"] = file.Findings.Count(f => f.Severity == Severity.Error),
        ["warnings"] = file.Findings.Count(f => f.Severity == Severity.Warning),
        ["infos"] = file.Findings.Count(f => f.Severity == Severity.Info),
        ["findings"] = file.Findings.Select((f, i) => new Dictionary<string, object?>
        {
            ["id"] = $"f{index}-{i}",
            ["ruleId"] = f.RuleId,
            ["severity"] = f.Severity.ToName(),
            ["message"] = f.Message,
            ["line"] = f.Location.Line,
            ["column"] = f.Location.Column,
            ["endLine"] = f.Location.EndLine,
            ["endColumn"] = f.Location.EndColumn,
            ["excerpt"] = f.Excerpt,
            ["suggestion"] = f.Suggestion,
            ["description"] = definitions.TryGetValue(f.RuleId, out var d) ? d.Description : null,
            ["source"] = definitions.TryGetValue(f.RuleId, out var s) ? s.Source : null,
        }).ToList(),
        ["facts"] = file.Filing is null ? null : Facts(file.Filing),
    };

    private static Dictionary<string, object?> Facts(Filing filing) => new()
    {
        ["kind"] = filing.Kind.ToString(),
        ["formType"] = filing.FormType,
        ["title"] = filing.Title,
        ["issuer"] = filing.Issuer,
        ["documentDate"] = filing.DocumentDate?.Text,
        ["rule424b"] = filing.Rule424b?.Text,
        ["registrationNumbers"] = filing.RegistrationNumbers.Select(r => r.Number).Distinct().ToList(),
        ["definedTerms"] = filing.DefinedTerms.Select(t => new Dictionary<string, object?>
        {
            ["term"] = t.Term,
            ["antecedent"] = t.Antecedent,
            ["definitions"] = t.Definitions.Count,
            ["uses"] = t.Uses.Count,
            ["unused"] = t.Uses.Count == 0,
            ["usedBeforeDefined"] = t.UsedBeforeDefined,
        }).ToList(),
        ["dates"] = filing.Dates.Select(d => new Dictionary<string, object?>
        {
            ["text"] = d.Text,
            ["value"] = d.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["role"] = d.Role.ToString(),
            ["subject"] = d.Subject,
            ["valid"] = d.IsValid && d.WeekdayMatches,
        }).ToList(),
        ["agreements"] = filing.Agreements.Select(a => new Dictionary<string, object?>
        {
            ["name"] = a.Name,
            ["term"] = a.Term,
            ["date"] = a.Date is { } date ? FactFormatting.Format(date, null) : null,
            ["counterparty"] = a.Counterparty,
        }).ToList(),
        ["parties"] = filing.Parties.Select(p => new Dictionary<string, object?> { ["name"] = p.Name, ["shortName"] = p.ShortName }).ToList(),
        ["amounts"] = filing.Amounts.Where(a => a.Role != AmountRole.Other).Select(a => new Dictionary<string, object?>
        {
            ["text"] = a.Text,
            ["value"] = FactFormatting.Format(a.Value, null),
            ["unit"] = a.Unit.ToString(),
            ["role"] = a.Role.ToString(),
            ["qualifiers"] = string.Join(", ", a.Qualifiers),
        }).ToList(),
        ["offerings"] = filing.Offerings.Select(o => new Dictionary<string, object?>
        {
            ["agreement"] = o.AgreementName,
            ["cap"] = o.Cap is { } c ? FactFormatting.Format(c, "C0") : null,
            ["sold"] = o.SoldGrossProceeds is { } s ? FactFormatting.Format(s, "C0") : null,
            ["sharesSold"] = o.SharesSold is { } n ? FactFormatting.Format(n, null) : null,
            ["percentUsed"] = o.Cap is > 0 && o.SoldGrossProceeds is { } sold
                ? FactFormatting.Format(Math.Round(sold / o.Cap.Value * 100, 2), "0.##") : null,
        }).ToList(),
    };
}
