using System.Text.Json;
using FilingLint.Expressions;
using FilingLint.Findings;

namespace FilingLint.Rules;

/// <summary>
/// FilingLint's rules as Microsoft RulesEngine workflows (<c>rules export --format rulesengine</c>): one workflow per id
/// prefix (<c>terms</c> for <c>terms.undefined</c>), one rule per FilingLint rule, named by the rest of its id, so that the
/// file read back with <c>--rules</c> gives the same ids. Each rule is one expression over the input <c>filing</c>: a
/// <c>for</c> rule holds for every item (<c>filing.Offerings.All(__item =&gt; !(when) || (assert))</c>). RulesEngine has no
/// holes or spans: the message template, severity, description and source travel in <c>Properties</c>, and the
/// <c>ErrorMessage</c> is the template as written. Text checks (require/forbid) have no RulesEngine form and are left out.
/// </summary>
public static class WorkflowExport
{
    /// <summary>Writes the workflows; returns the ids of the rules left out (text checks, and deal rules: a workflow sees one filing).</summary>
    public static IReadOnlyList<string> Write(IEnumerable<RuleDefinition> rules, Stream output)
    {
        var left = new List<string>();
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var group in rules.GroupBy(r => r.Id.Split('.')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            bool Exportable(RuleDefinition r) => r.Assert is not null && r.Scope == RuleScope.Document;
            var exportable = group.Where(Exportable).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            left.AddRange(group.Where(r => !Exportable(r)).Select(r => r.Id));
            if (exportable.Count == 0) continue;
            json.WriteStartObject();
            json.WriteString("WorkflowName", group.Key);
            json.WriteStartArray("Rules");
            foreach (var rule in exportable)
            {
                json.WriteStartObject();
                json.WriteString("RuleName", rule.Id.Contains('.') ? rule.Id[(rule.Id.IndexOf('.') + 1)..] : rule.Id);
                json.WriteString("Expression", Expression(rule));
                json.WriteString("ErrorMessage", rule.Message.Value);
                json.WriteStartObject("Properties");
                json.WriteString("severity", rule.Severity.ToName());
                json.WriteString("description", rule.Description);
                if (rule.Source is not null) json.WriteString("source", rule.Source);
                json.WriteString("message", rule.Message.Value);
                if (rule.Suggestion is not null) json.WriteString("suggestion", rule.Suggestion.Value);
                if (rule.At is not null) json.WriteString("at", rule.At.Value);
                if (rule.AppliesTo.Count > 0) json.WriteString("appliesTo", string.Join(", ", rule.AppliesTo));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        return left;
    }

    /// <summary>The rule as one Dynamic LINQ expression over <c>filing</c>, as plain RulesEngine runs it (no guard).</summary>
    internal static string Expression(RuleDefinition rule)
    {
        string Text(RuleScalar scalar) => DynamicLinqText.Translate(scalar.Value, guard: false).Text;
        string check = rule.When is null ? Text(rule.Assert!) : $"!({Text(rule.When)}) || ({Text(rule.Assert!)})";
        return rule.For is null ? check : $"({Text(rule.For)}).All({DynamicLinqText.ItemName} => {check})";
    }
}
