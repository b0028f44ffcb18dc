using System.Text;
using BenchmarkDotNet.Running;
using FilingLint.Benchmarks;
using FilingLint.Documents;

// generate MB FILE   : write a synthetic prospectus of MB megabytes (bench/run.sh uses it)
// textsize FILE...   : print each file's size and the size of the text FilingLint reads from it (tab-separated)
// profile FILE      : milliseconds per stage, extractor and rule for one file (run with DOTNET_TieredCompilation=0,
//                     or the few passes measure unoptimized code)
// anything else      : BenchmarkDotNet (e.g. --filter '*' --job short)
switch (args.FirstOrDefault())
{
    case "generate" when args.Length == 3 && double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out double mb):
        File.WriteAllText(args[2], SyntheticFiling.Generate((long)(mb * 1024 * 1024)), new UTF8Encoding(false));
        return 0;
    case "textsize":
        foreach (var file in args.Skip(1))
        {
            var read = DocumentLoader.Load(file);
            Console.WriteLine($"{file}\t{new FileInfo(file).Length}\t{(read.Document is null ? 0 : Encoding.UTF8.GetByteCount(read.Document.Text))}");
        }
        return 0;
    case "profile" when args.Length == 2:
        StageProfile.Run(args[1], Console.Out);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
        return 0;
}
