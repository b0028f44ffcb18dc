using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Findings;
using FsCheck;
using FsCheck.Fluent;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Property: whatever bytes a reader is given, the whole pipeline answers with findings or an
/// input.unreadable error, within a time bound, and never throws. Inputs are mutations of real ones:
/// random bytes, truncation, bit flips, spliced markup and bad bytes, repeated chunks.
/// </summary>
public class ReaderFuzzTests
{
    // A hang detector, not a performance test: generous enough for a loaded CI machine.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private static Gen<byte[]> Mutations(byte[] seed) => Gen.OneOf(
        Gen.Choose(0, 4096).SelectMany(n => Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(n)),
        Gen.Choose(0, seed.Length).Select(n => seed[..n]),
        Gen.Choose(1, 64).SelectMany(k => Gen.Choose(0, seed.Length * 8 - 1).ArrayOf(k)).Select(flips =>
        {
            var copy = (byte[])seed.Clone();
            foreach (int bit in flips) copy[bit / 8] ^= (byte)(1 << (bit % 8));
            return copy;
        }),
        Gen.Choose(1, 20).SelectMany(k => Gen.Choose(0, seed.Length).Zip(Gen.Elements(FuzzInputs.Tokens)).ArrayOf(k)).Select(edits =>
        {
            var bytes = new List<byte>(seed);
            foreach (var (at, token) in edits) bytes.InsertRange(Math.Min(at, bytes.Count), token);
            return bytes.ToArray();
        }),
        Gen.Choose(0, seed.Length).Zip(Gen.Choose(0, seed.Length)).Zip(Gen.Choose(2, 50)).Select(x =>
        {
            var ((a, b), times) = x;
            int start = Math.Min(a, b), end = Math.Max(a, b);
            var chunk = seed[start..end];
            return seed[..start].Concat(Enumerable.Repeat(chunk, times).SelectMany(c => c)).Concat(seed[end..]).ToArray();
        }));

    private static bool Survives(string name, byte[] bytes)
    {
        var engine = new LintEngine(Seed.BuiltInRules);
        var work = Task.Run(() =>
        {
            var read = DocumentLoader.Read(name, bytes);
            if (read.Document is null) return !string.IsNullOrWhiteSpace(read.Error);
            var result = engine.Lint(read.Document);
            return result.Findings.All(f => f.RuleId != WellKnownRules.RuleError || f.Message.Contains("time"));
        });
        if (!work.Wait(Bound)) throw new TimeoutException($"{name}: {bytes.Length} bytes took longer than {Bound}");
        return work.Result;
    }

    private static void Fuzz(string name, byte[] seed) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzInputs.Cases).WithQuietOnSuccess(true),
            Prop.ForAll(Mutations(seed).ToArbitrary(), bytes => Survives(name, bytes)));

    [Fact]
    public void Text_reader_survives_mutations_of_the_seed() => Fuzz("fuzz.txt", FuzzInputs.SeedText);

    [Fact]
    public void Markdown_reader_survives_mutations_of_the_seed() => Fuzz("fuzz.md", FuzzInputs.SeedText);

    [Fact]
    public void Html_reader_survives_mutations_of_the_seed_as_html() => Fuzz("fuzz.html", FuzzInputs.SeedHtml);

    [Fact]
    public void Word_reader_survives_mutations_of_the_seed_as_docx() =>
        Fuzz("fuzz.docx", global::FilingLint.Tests.Documents.SeedConversions.Docx(Seed.Text));

    [Fact]
    public void Submission_reader_survives_mutations_of_an_edgar_submission() => Fuzz("fuzz.nc", FuzzInputs.SeedSubmission);

    /// <summary>Built inside the test, not as theory data: xunit would serialize megabytes of bytes at discovery.</summary>
    private static byte[] Extreme(string name) => name switch
    {
        "one-line.txt" => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The Sales Agreement dated August 11, 2020 for $14,500,000 (the “Agreement”) ", 130_000))),
        "tiny-paragraphs.txt" => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a\n\n", 1_000_000))),
        "nested.html" => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 200_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 200_000))),
        "invalid-utf8.txt" => Enumerable.Repeat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0x41 }, 10_000).SelectMany(b => b).ToArray(),
        "utf16.txt" => System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(Seed.Text)).ToArray(),
        "utf16be.txt" => System.Text.Encoding.BigEndianUnicode.GetPreamble().Concat(System.Text.Encoding.BigEndianUnicode.GetBytes(Seed.Text)).ToArray(),
        "nuls.txt" => new byte[100_000],
        // Runs of what the extractors' patterns repeat over: quotes, parentheses, commas and connectives, words, digits.
        "pattern-bait.txt" => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("(the “A”, “B” and “C” , or the “", 20_000))
            + "\n\n" + string.Concat(Enumerable.Repeat("The Sales Agreement Of And To ", 30_000)) + "dated\n\n"
            + string.Concat(Enumerable.Repeat("one hundred and ", 30_000)) + "dollars ($1)\n\n" + new string('(', 200_000)
            + "\n\n" + string.Concat(Enumerable.Repeat("$1,000,000 ", 50_000))),
        "empty.txt" => [],
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [InlineData("one-line.txt")]
    [InlineData("tiny-paragraphs.txt")]
    [InlineData("nested.html")]
    [InlineData("invalid-utf8.txt")]
    [InlineData("utf16.txt")]
    [InlineData("utf16be.txt")]
    [InlineData("nuls.txt")]
    [InlineData("pattern-bait.txt")]
    [InlineData("empty.txt")]
    public void Extreme_inputs_get_an_answer_within_the_bound(string name) => Survives(name, Extreme(name)).ShouldBeTrue();
}
