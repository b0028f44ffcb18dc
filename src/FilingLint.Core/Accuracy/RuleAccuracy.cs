using System.Globalization;
using System.Text;
using FilingLint.Findings;

namespace FilingLint.Accuracy;

/// <summary>
/// One rule's measured accuracy on the labelled corpora. <see cref="True"/> counts findings a lawyer wants at the
/// severity they were reported at; <see cref="OverSevere"/> true ones reported too severely (counted against
/// precision); <see cref="Found"/> the real defects reported (one per true error or warning); <see cref="Misses"/> the recorded real
/// defects it does not report.
/// </summary>
public sealed record RuleAccuracy(string Rule, Severity? Severity, int Findings, int True, int OverSevere, int False, int Unlabelled,
    int Found, int Misses)
{
    public int Labelled => Findings - Unlabelled;
    public double? Precision => Labelled == 0 ? null : (double)True / Labelled;
    public double? Recall => Found + Misses == 0 ? null : (double)Found / (Found + Misses);

    /// <summary>"precision 96% of 50 findings, recall 80% of 10 defects", or what is not known ("no findings" for a rule measured at none).</summary>
    public string Summary() => Findings == 0 && Found + Misses == 0 ? "no findings" :
        (Precision is { } p ? $"precision {Percent(p)} of {Labelled} finding(s)" : "no labelled findings")
        + ", " + (Recall is { } r ? $"recall {Percent(r)} of {Found + Misses} defect(s)" : "no recorded defects");

    public static string Percent(double value) => (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static readonly string[] Columns = ["rule", "severity", "findings", "true", "over-severe", "false", "unlabelled", "found", "misses", "precision", "recall"];

    /// <summary>The figures file the accuracy command writes and <c>rules list</c> reads.</summary>
    public static string Format(IEnumerable<RuleAccuracy> rows, string comment)
    {
        var text = new StringBuilder();
        foreach (var line in comment.Split('\n')) text.Append("# ").Append(line).Append('\n');
        text.AppendJoin('\t', Columns).Append('\n');
        foreach (var r in rows)
        {
            text.AppendJoin('\t', r.Rule, r.Severity?.ToName() ?? "-", Int(r.Findings), Int(r.True), Int(r.OverSevere), Int(r.False), Int(r.Unlabelled),
                Int(r.Found), Int(r.Misses), r.Precision is { } p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "-",
                r.Recall is { } c ? c.ToString("0.000", CultureInfo.InvariantCulture) : "-").Append('\n');
        }
        return text.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<RuleAccuracy> Parse(string text)
    {
        var rows = new List<RuleAccuracy>();
        foreach (var raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("rule\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length != Columns.Length) throw new FormatException($"accuracy figures: '{line}' has {f.Length} fields, expected {Columns.Length}");
            Severity? severity = SeverityNames.TryParse(f[1], out var s) ? s : null;
            int I(int i) => int.Parse(f[i], CultureInfo.InvariantCulture);
            rows.Add(new RuleAccuracy(f[0], severity, I(2), I(3), I(4), I(5), I(6), I(7), I(8)));
        }
        return rows;
    }

    /// <summary>The built-in rules' figures, embedded from <c>rules/accuracy.tsv</c>; empty when there is none.</summary>
    public static IReadOnlyDictionary<string, RuleAccuracy> BuiltIn() => LazyBuiltIn.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, RuleAccuracy>> LazyBuiltIn = new(() =>
    {
        using var stream = typeof(RuleAccuracy).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return new Dictionary<string, RuleAccuracy>();
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd()).ToDictionary(r => r.Rule);
    });

    public const string ResourceName = "rules/accuracy.tsv";
}
