using System.Diagnostics;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Facts.Extractors;

namespace FilingLint.Benchmarks;

/// <summary>
/// Where one file's time goes, stage by stage, extractor by extractor and rule by rule (second of two runs, so
/// the JIT is out of the figures). A quick way to find the next hot spot before writing a benchmark for it.
/// </summary>
internal static class StageProfile
{
    public static void Run(string path, TextWriter output)
    {
        var rules = RuleSet.Load([]);
        for (int pass = 0; pass < 2; pass++)
        {
            var clock = Stopwatch.StartNew();
            var document = DocumentLoader.Load(path).Document ?? throw new InvalidOperationException("cannot read " + path);
            var lines = new List<string> { $"read\t{clock.Elapsed.TotalMilliseconds:0.0}" };
            var context = new FactContext(document, null);
            foreach (var extractor in FactExtraction.Pipeline)
            {
                clock.Restart();
                extractor.Extract(context);
                lines.Add($"{extractor.GetType().Name}\t{clock.Elapsed.TotalMilliseconds:0.0}");
            }
            var filing = context.ToFiling();
            var result = new LintEngine(rules).Check(document, filing);
            lines.AddRange(result.Rules.OrderByDescending(r => r.Duration).Select(r => $"{r.RuleId}\t{r.Duration.TotalMilliseconds:0.0}"));
            if (pass == 1) foreach (var line in lines) output.WriteLine(line);
        }
    }
}
