using System.Diagnostics;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Facts.Extractors;

namespace FilingLint.Benchmarks;

/// <summary>
/// Where one file's time goes, stage by stage, extractor by extractor and rule by rule: the least of five runs
/// after a first one for the JIT, so other work on the machine moves the figures little, and the bytes each stage
/// allocated (garbage collections are a large part of a corpus run's time). A quick way to find the
/// next hot spot before writing a benchmark for it.
/// </summary>
internal static class StageProfile
{
    public static void Run(string path, TextWriter output, int runs = 5)
    {
        var rules = RuleSet.Load([]);
        var best = new Dictionary<string, double>();
        var allocated = new Dictionary<string, long>();
        var order = new List<string>();
        long before = GC.GetAllocatedBytesForCurrentThread();
        void Record(string stage, Stopwatch clock)
        {
            double ms = clock.Elapsed.TotalMilliseconds;
            long now = GC.GetAllocatedBytesForCurrentThread();
            allocated[stage] = now - before;
            before = now;
            if (!best.TryGetValue(stage, out double old)) { order.Add(stage); best[stage] = ms; }
            else if (ms < old) best[stage] = ms;
            before = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
        }
        for (int pass = 0; pass <= runs; pass++)
        {
            if (pass == 1) { best.Clear(); order.Clear(); }
            var clock = Stopwatch.StartNew();
            var document = DocumentLoader.Load(path).Document ?? throw new InvalidOperationException("cannot read " + path);
            Record("read", clock);
            var context = new FactContext(document, null);
            foreach (var extractor in FactExtraction.Pipeline)
            {
                extractor.Extract(context);
                Record(extractor.GetType().Name, clock);
            }
            var filing = context.ToFiling();
            var result = new LintEngine(rules).Check(document, filing);
            Record("rules", clock);
            foreach (var rule in result.Rules) best[rule.RuleId] = Math.Min(best.GetValueOrDefault(rule.RuleId, double.MaxValue), rule.Duration.TotalMilliseconds);
        }
        foreach (var stage in order) output.WriteLine($"{stage}\t{best[stage]:0.0}\t{allocated[stage] / 1e6:0.0} MB");
        foreach (var (rule, ms) in best.Where(b => !order.Contains(b.Key)).OrderByDescending(b => b.Value).Take(5))
            output.WriteLine($"  {rule}\t{ms:0.0}");
    }
}
