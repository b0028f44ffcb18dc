using System.Text;
using FilingLint.Findings;

namespace FilingLint.Accuracy;

/// <summary>
/// A labels file (<c>tests/accuracy/labels.tsv</c>): tab-separated rows <c>file rule line excerpt verdict want cause
/// quote note</c>, a header row first, <c>#</c> lines are comments. Malformed rows are reported with their line.
/// </summary>
public sealed class LabelSet
{
    public static readonly string[] Columns = ["file", "rule", "line", "excerpt", "verdict", "want", "cause", "quote", "note"];

    public IReadOnlyList<Label> Labels { get; }

    private readonly Dictionary<LabelKey, Label> byKey;

    private LabelSet(List<Label> labels)
    {
        Labels = labels;
        byKey = new Dictionary<LabelKey, Label>();
        foreach (var label in labels)
            if (label.Verdict != Verdict.Miss) byKey.TryAdd(label.Key, label);
    }

    /// <summary>The label of a finding with this key, if any (misses are not findings' labels).</summary>
    public Label? For(LabelKey key) => byKey.GetValueOrDefault(key);

    public static LabelSet Load(string path) => Parse(File.ReadAllText(path), path);

    /// <exception cref="FormatException">A row is malformed; the message names the file, line and column.</exception>
    public static LabelSet Parse(string text, string path = "labels.tsv")
    {
        var labels = new List<Label>();
        var keys = new Dictionary<LabelKey, int>();
        var lines = text.Split('\n');
        bool header = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            string Where(int field) => $"{path}:{i + 1}:{1 + fields.Take(field).Sum(f => f.Length + 1)}";
            if (!header)
            {
                if (!fields.SequenceEqual(Columns)) throw new FormatException($"{path}:{i + 1}:1: the first row must be the header: {string.Join(' ', Columns)}");
                header = true;
                continue;
            }
            if (fields.Length != Columns.Length)
                throw new FormatException($"{Where(0)}: {fields.Length} fields, expected {Columns.Length} ({string.Join(", ", Columns)})");
            if (!int.TryParse(fields[2], out int lineNumber) || lineNumber < 1) throw new FormatException($"{Where(2)}: line '{fields[2]}' is not a line number");
            if (!TryParseVerdict(fields[4], out var verdict)) throw new FormatException($"{Where(4)}: verdict '{fields[4]}' is not one of true, false, fixed, miss");
            Severity? wanted = null;
            if (fields[5] != "none")
            {
                if (!SeverityNames.TryParse(fields[5], out var s)) throw new FormatException($"{Where(5)}: want '{fields[5]}' is not one of error, warning, info, none");
                wanted = s;
            }
            if ((verdict is Verdict.True or Verdict.Miss) != wanted.HasValue)
                throw new FormatException($"{Where(5)}: a {fields[4]} label wants {(wanted.HasValue ? "none" : "a severity (error, warning or info)")}");
            var label = new Label(fields[0], fields[1], lineNumber, fields[3], verdict, wanted, fields[6], fields[7], fields[8]) { SourceLine = i + 1 };
            if (verdict != Verdict.Miss && !keys.TryAdd(label.Key, i + 1))
            {
                // One row may stand for several findings with the same key, but two rows must not disagree about them.
                var first = labels.First(l => l.SourceLine == keys[label.Key]);
                if (first.Verdict != label.Verdict || first.Wanted != label.Wanted)
                    throw new FormatException($"{Where(4)}: this finding is labelled differently on line {first.SourceLine}");
            }
            labels.Add(label);
        }
        if (!header) throw new FormatException($"{path}:1:1: empty labels file: the first row must be the header: {string.Join(' ', Columns)}");
        return new LabelSet(labels);
    }

    private static bool TryParseVerdict(string text, out Verdict verdict)
    {
        switch (text)
        {
            case "true": verdict = Verdict.True; return true;
            case "false": verdict = Verdict.False; return true;
            case "fixed": verdict = Verdict.Fixed; return true;
            case "miss": verdict = Verdict.Miss; return true;
            default: verdict = default; return false;
        }
    }

    public static string ToName(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    /// <summary>The file again with these labels, in the given order, header first.</summary>
    public static string Format(IEnumerable<Label> labels)
    {
        var text = new StringBuilder(string.Join('\t', Columns)).Append('\n');
        foreach (var l in labels)
        {
            text.AppendJoin('\t', l.File, l.Rule, l.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), LabelKey.Normalize(l.Excerpt),
                ToName(l.Verdict), l.Wanted?.ToName() ?? "none", Clean(l.Cause), Clean(l.Quote), Clean(l.Note)).Append('\n');
        }
        return text.ToString();
    }

    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
