using BenchmarkDotNet.Attributes;
using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Facts;
using FilingLint.Facts.Extractors;
using FilingLint.Reporting;

namespace FilingLint.Benchmarks;

/// <summary>
/// Each stage of the pipeline on its own, on the seed (2 KB), a real EDGAR submission and a real HTML filing
/// (about 0.5 MB each) and a 1 MB synthetic prospectus: read → facts → rules → report.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly RuleSet Rules = RuleSet.Load([]);

    private byte[] bytes = [];
    private Document document = null!;
    private Filing filing = null!;
    private LintRun run = null!;
    private LintEngine engine = null!;

    [Params("seed.txt", "submission.txt", "filing.htm", "synthetic-1mb.txt")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        bytes = Input switch
        {
            "seed.txt" => File.ReadAllBytes(Inputs.Seed),
            "submission.txt" => File.ReadAllBytes(Inputs.Submission),
            "filing.htm" => File.ReadAllBytes(Inputs.Html),
            "synthetic-1mb.txt" => System.Text.Encoding.UTF8.GetBytes(SyntheticFiling.Generate(1 << 20)),
            _ => throw new ArgumentException(Input),
        };
        document = Read();
        filing = Extract();
        engine = new LintEngine(Rules);
        run = new LintRun([engine.Check(document, filing)], Rules.Sources, DateTimeOffset.UnixEpoch);
    }

    [Benchmark]
    public Document Read() => DocumentLoader.Read(Input, bytes).Document!;

    [Benchmark]
    public Filing Extract() => FactExtraction.Extract(document);

    [Benchmark]
    public FileResult CheckRules() => engine.Check(document, filing);

    [Benchmark]
    public long RenderHtmlReport()
    {
        var output = new StringWriter();
        new HtmlReportWriter(Rules).Write(run, output);
        return output.GetStringBuilder().Length;
    }

    [Benchmark]
    public long WriteJson()
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(run, output);
        return output.GetStringBuilder().Length;
    }
}
