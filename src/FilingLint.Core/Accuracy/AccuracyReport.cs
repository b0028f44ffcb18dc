using FilingLint.Findings;

namespace FilingLint.Accuracy;

/// <summary>
/// How a run's errors and warnings compare with the labels: per rule and in total, the findings that are not
/// labelled yet, and the labels the run contradicts (a true finding gone, a fixed false one back, a false one gone).
/// Info findings are not labelled and not counted.
/// </summary>
public sealed class AccuracyReport
{
    public required IReadOnlyList<RuleAccuracy> Rules { get; init; }
    public required SeverityAccuracy Errors { get; init; }
    public required SeverityAccuracy Warnings { get; init; }

    /// <summary>Real defects reported at error or warning (one per true finding), of all recorded (reported ones and misses).</summary>
    public required int Found { get; init; }
    public required int Defects { get; init; }
    public double? Recall => Defects == 0 ? null : (double)Found / Defects;

    public required IReadOnlyList<Finding> Unlabelled { get; init; }

    /// <summary>Labels this run contradicts, each with the reason; the labels file must be brought up to date.</summary>
    public required IReadOnlyList<(Label Label, string Problem)> Drift { get; init; }

    /// <summary>The run's findings against the labels; <paramref name="measured"/> are rules that get a row even without findings or labels (the deal rules, when deals were linted).</summary>
    public static AccuracyReport Measure(IEnumerable<Finding> found, LabelSet labels, IEnumerable<string>? measured = null)
    {
        var allFindings = found.ToList();
        var findings = allFindings.Where(f => f.Severity >= Severity.Warning).ToList();
        var present = allFindings.Select(LabelKey.Of).ToHashSet();
        var presentReported = findings.Select(LabelKey.Of).ToHashSet();
        var drift = new List<(Label, string)>();
        foreach (var label in labels.Labels)
        {
            switch (label.Verdict)
            {
                case Verdict.True when !present.Contains(label.Key):
                    drift.Add((label, "a true finding is no longer reported"));
                    break;
                case Verdict.Fixed when presentReported.Contains(label.Key):
                    drift.Add((label, "a fixed false finding is reported again"));
                    break;
                case Verdict.False when !presentReported.Contains(label.Key):
                    drift.Add((label, "this false finding is no longer reported: mark it fixed (rules accuracy --update)"));
                    break;
            }
        }

        var rows = new List<RuleAccuracy>();
        var ruleIds = findings.Select(f => f.RuleId).Concat(labels.Labels.Where(l => l.Verdict != Verdict.Fixed).Select(l => l.Rule))
            .Concat(measured ?? []).Distinct().OrderBy(id => id, StringComparer.Ordinal);
        var unlabelled = new List<Finding>();
        foreach (var id in ruleIds)
        {
            // A rule's own row also counts its labelled info findings: a rule demoted to info shows whether it earns its severity back.
            var own = allFindings.Where(f => f.RuleId == id && (f.Severity >= Severity.Warning || labels.For(LabelKey.Of(f)) is not null)).ToList();
            int truths = 0, overSevere = 0, falses = 0, unknown = 0;
            int foundCount = 0; // each reported true finding is a defect: thirteen blanks on one long EDGAR line are thirteen
            foreach (var f in own)
            {
                var label = labels.For(LabelKey.Of(f));
                switch (label?.Verdict)
                {
                    case Verdict.True when label.Wanted >= f.Severity: truths++; if (f.Severity >= Severity.Warning) foundCount++; break;
                    case Verdict.True: overSevere++; if (f.Severity >= Severity.Warning) foundCount++; break;
                    case Verdict.False or Verdict.Fixed: falses++; break;
                    default: unknown++; unlabelled.Add(f); break;
                }
            }
            // A defect is missed if a reader recorded it as such, or if its true finding is no longer an error or warning.
            int misses = labels.Labels.Count(l => l.Rule == id && l.Verdict == Verdict.Miss)
                + labels.Labels.Where(l => l.Rule == id && l.Verdict == Verdict.True).Select(l => l.Key).Distinct().Count(k => !presentReported.Contains(k));
            rows.Add(new RuleAccuracy(id, own.Count == 0 ? null : own.Max(f => f.Severity), own.Count, truths, overSevere, falses, unknown,
                foundCount, misses));
        }
        return new AccuracyReport
        {
            Rules = rows,
            Errors = SeverityAccuracy.Of(findings.Where(f => f.Severity == Severity.Error), labels),
            Warnings = SeverityAccuracy.Of(findings.Where(f => f.Severity == Severity.Warning), labels),
            // Every error and warning belongs to one rule's row, so the rows' sums are the totals.
            Found = rows.Sum(r => r.Found),
            Defects = rows.Sum(r => r.Found + r.Misses),
            Unlabelled = unlabelled,
            Drift = drift,
        };
    }
}

/// <summary>The labelled findings of one severity: how many, how many true at that severity, how many not labelled.</summary>
public sealed record SeverityAccuracy(int Findings, int True, int Unlabelled)
{
    public double? Precision => Findings - Unlabelled == 0 ? null : (double)True / (Findings - Unlabelled);

    internal static SeverityAccuracy Of(IEnumerable<Finding> findings, LabelSet labels)
    {
        int n = 0, truths = 0, unknown = 0;
        foreach (var f in findings)
        {
            n++;
            var label = labels.For(LabelKey.Of(f));
            if (label is null) unknown++;
            else if (label.Verdict == Verdict.True && label.Wanted >= f.Severity) truths++;
        }
        return new SeverityAccuracy(n, truths, unknown);
    }
}
