using System.Collections;
using System.Text.RegularExpressions;
using FilingLint.Engine;
using FilingLint.Reporting;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Reporting;

/// <summary>docs/report.md lists every field of the template model, and only those: template authors rely on it.</summary>
public class ReportModelDocsTests
{
    private static string DocsPath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "report.md"))) dir = dir.Parent;
            return Path.Combine(dir.ShouldNotBeNull("docs/report.md not found above the test folder").FullName, "docs", "report.md");
        }
    }

    /// <summary>The first backticked path of every table row, and every backticked path under files[].suppressed[].</summary>
    private static HashSet<string> DocumentedFields()
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(DocsPath))
        {
            if (Regex.Match(line, @"^\| `([A-Za-z0-9_.\[\]]+)` \|") is { Success: true } row) fields.Add(row.Groups[1].Value);
            foreach (Match m in Regex.Matches(line, @"`(files\[\]\.suppressed\[\]\.[A-Za-z]+(?:\[\]\.[A-Za-z]+)*)`")) fields.Add(m.Groups[1].Value);
        }
        return fields;
    }

    private static bool IsScalar(object value) => value is string or int or bool;

    private static void CollectModel(object? model, HashSet<string> into)
    {
        if (model is IDictionary<string, object?> map)
            foreach (var (key, item) in map)
            {
                into.Add(key);
                CollectChild(item, key, into);
            }
    }

    private static void CollectChild(object? value, string path, HashSet<string> into)
    {
        if (value is IDictionary<string, object?> map)
            foreach (var (key, item) in map)
            {
                into.Add(path + "." + key);
                CollectChild(item, path + "." + key, into);
            }
        else if (value is IEnumerable list and not string)
            foreach (var item in list)
            {
                if (item is IDictionary<string, object?> entry)
                    foreach (var (key, child) in entry)
                    {
                        into.Add(path + "[]." + key);
                        CollectChild(child, path + "[]." + key, into);
                    }
                else if (item is not string) throw new Xunit.Sdk.XunitException($"{path} holds a {item?.GetType().Name}");
            }
        else if (value is not null && !IsScalar(value))
            throw new Xunit.Sdk.XunitException($"{path} holds a {value.GetType().Name}; the model holds only strings, ints, booleans, lists and dictionaries");
    }

    [Fact]
    public void Docs_list_exactly_the_fields_of_the_model()
    {
        // A run that fills every part of the model: findings, a suppressed one, facts, an unreadable file.
        var seed = Seed.Lint(Seed.Text);
        // Linted as a deal with an 8-K that dates the seed's agreement otherwise, so the deal's part of the model is filled
        // too (the seed states a cap, sales and a dated agreement; the 8-K gives a finding across documents).
        string changed = Path.Combine(Repository.Root, "rules", "deal", "fixtures", "deal.agreement-date", "changed-8k");
        var engine = new LintEngine(Seed.BuiltInRules);
        var (files, deal) = new DealCheck(Seed.BuiltInRules).Check([seed, engine.LintFile(Path.Combine(changed, "8k.md")), engine.LintFile(Path.Combine(changed, "agreement.md"))]);
        var run = HtmlReport.Run([.. files, LintEngine.Unreadable("missing.txt", "no such file")]) with { Deal = deal };
        var model = ReportModel.Build(run, Seed.BuiltInRules, f => f.Findings.Take(1).ToList());

        var actual = new HashSet<string>(StringComparer.Ordinal);
        CollectModel(model, actual);
        var documented = DocumentedFields();

        actual.Except(documented).Order(StringComparer.Ordinal).ShouldBeEmpty("fields in the model but not in docs/report.md");
        documented.Except(actual).Order(StringComparer.Ordinal).ShouldBeEmpty("fields in docs/report.md but not in the model");
    }
}
