using FilingLint.Accuracy;
using FilingLint.Findings;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Accuracy;

/// <summary>How labels are read and matched to findings, and how precision and recall are counted.</summary>
public class AccuracyReportTests
{
    private const string Header = "file\trule\tline\texcerpt\tverdict\twant\tcause\tquote\tnote\n";

    private static Finding F(string rule, int line, string excerpt, Severity severity = Severity.Warning, string path = "/x/corpus/a.txt") =>
        new(rule, severity, "message", path, new Location(line, 1, line, 2), excerpt, null);

    [Fact]
    public void Matches_by_folder_file_rule_line_and_excerpt_whatever_the_whitespace()
    {
        var labels = LabelSet.Parse(Header + "corpus/a.txt\tterms.undefined\t3\tSales  Agreement\ttrue\twarning\tk\tq\tn\n");
        labels.For(LabelKey.Of(F("terms.undefined", 3, "Sales\nAgreement"))).ShouldNotBeNull();
        labels.For(LabelKey.Of(F("terms.undefined", 4, "Sales Agreement"))).ShouldBeNull();
        labels.For(LabelKey.Of(F("terms.undefined", 3, "Sales Agreement", path: "/x/other/a.txt"))).ShouldBeNull();
    }

    [Fact]
    public void Precision_counts_over_severe_true_findings_as_false_and_recall_counts_misses()
    {
        var labels = LabelSet.Parse(Header
            + "corpus/a.txt\tr.one\t1\tA\ttrue\twarning\tk\tq\tn\n"
            + "corpus/a.txt\tr.one\t2\tB\ttrue\terror\tk\tq\tn\n"
            + "corpus/a.txt\tr.one\t3\tC\tfalse\tnone\tk\tq\tn\n"
            + "corpus/a.txt\tr.one\t9\t\tmiss\terror\tk\tq\tn\n");
        var report = AccuracyReport.Measure([F("r.one", 1, "A", Severity.Error), F("r.one", 2, "B", Severity.Error), F("r.one", 3, "C", Severity.Error), F("r.one", 4, "D", Severity.Error)], labels);
        var row = report.Rules.ShouldHaveSingleItem();
        (row.True, row.OverSevere, row.False, row.Unlabelled, row.Misses).ShouldBe((1, 1, 1, 1, 1));
        row.Precision.ShouldBe(1.0 / 3);
        row.Recall.ShouldBe(2.0 / 3);
        report.Errors.Precision.ShouldBe(1.0 / 3);
        report.Unlabelled.ShouldHaveSingleItem().Excerpt.ShouldBe("D");
        report.Drift.ShouldBeEmpty();
    }

    [Fact]
    public void A_gone_true_finding_a_returning_fixed_one_and_a_gone_false_one_are_drift()
    {
        var labels = LabelSet.Parse(Header
            + "corpus/a.txt\tr.one\t1\tA\ttrue\twarning\tk\tq\tn\n"
            + "corpus/a.txt\tr.one\t2\tB\tfixed\tnone\tk\tq\tn\n"
            + "corpus/a.txt\tr.one\t3\tC\tfalse\tnone\tk\tq\tn\n");
        var report = AccuracyReport.Measure([F("r.one", 2, "B")], labels);
        report.Drift.Select(d => d.Label.Line).ShouldBe([1, 2, 3]);
        // The true one no longer reported is a missed defect.
        report.Rules.Single().Misses.ShouldBe(1);
    }

    [Theory]
    [InlineData("file\trule\n", "header")]
    [InlineData(Header + "corpus/a.txt\tr\tx\tA\ttrue\twarning\tk\tq\tn\n", ":2:")]
    [InlineData(Header + "corpus/a.txt\tr\t1\tA\tmaybe\twarning\tk\tq\tn\n", "verdict 'maybe'")]
    [InlineData(Header + "corpus/a.txt\tr\t1\tA\tfalse\terror\tk\tq\tn\n", "wants none")]
    [InlineData(Header + "corpus/a.txt\tr\t1\tA\ttrue\twarning\tk\tq\tn\ncorpus/a.txt\tr\t1\tA\tfalse\tnone\tk\tq\tn\n", "labelled differently on line 2")]
    public void Malformed_labels_name_the_line(string text, string expected)
    {
        Should.Throw<FormatException>(() => LabelSet.Parse(text)).Message.ShouldContain(expected);
    }

    [Fact]
    public void Figures_round_trip()
    {
        var rows = new[] { new RuleAccuracy("r.one", Severity.Error, 10, 9, 0, 1, 0, 9, 1), new RuleAccuracy("r.two", null, 0, 0, 0, 0, 0, 0, 3) };
        RuleAccuracy.Parse(RuleAccuracy.Format(rows, "comment")).ShouldBe(rows);
        rows[0].Summary().ShouldBe("precision 90% of 10 finding(s), recall 90% of 10 defect(s)");
    }
}
