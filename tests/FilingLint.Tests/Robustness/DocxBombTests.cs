using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using FilingLint.Documents;
using FilingLint.Documents.Readers;
using FilingLint.Tests.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

/// <summary>
/// Word files built to exhaust the reader. Before: a 3 KB .docx of tables, content controls or runs nested a hundred
/// thousand deep overflowed the stack in OpenXml after 82–190 s (the process died, every other file's result lost), and
/// zip bombs of 0.4–1.2 MB within the declared-size limit reached 5–6.5 GB resident. Now the XML parts are scanned as a
/// stream first, counting depth, elements and inflated bytes, and the file is <c>input.unreadable</c>.
/// </summary>
public class DocxBombTests
{
    private static bool Stress => Environment.GetEnvironmentVariable("FILINGLINT_STRESS") == "1";

    private const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /// <summary>A valid .docx whose main document part is replaced by <paramref name="body"/> (the inside of w:body).</summary>
    private static string Docx(string body)
    {
        byte[] seed = Documents.SeedConversions.Docx("Seed paragraph.");
        string path = Path.Combine(CliRun.TempDir(), "bomb.docx");
        File.WriteAllBytes(path, seed);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Ns}><w:body>");
            writer.Write(body);
            writer.Write("</w:body></w:document>");
        }
        return path;
    }

    private static string Nested(string open, string close, string inner, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static int Depth => Stress ? 100_000 : 20_000;

    public static TheoryData<string> NestedShapes() => new()
    {
        "table", "content-control", "run", "custom-xml",
    };

    private static string Shape(string name) => name switch
    {
        "table" => Nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", Depth / 3),
        "content-control" => Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:p/>", Depth / 2),
        "run" => "<w:p>" + Nested("<w:r>", "</w:r>", "<w:t>x</w:t>", Depth) + "</w:p>",
        "custom-xml" => Nested("<w:customXml w:element=\"x\">", "</w:customXml>", "<w:p/>", Depth),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(NestedShapes))]
    public void Deep_nesting_of_any_element_is_unreadable_quickly_and_the_other_files_are_linted(string shape)
    {
        string bomb = Docx(Shape(shape));
        new FileInfo(bomb).Length.ShouldBeLessThan(Stress ? 100_000 : 20_000);
        var clock = Stopwatch.StartNew();
        var (exit, output, _) = CliRun.Run("lint", bomb, Seed.Path, "--no-config");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        exit.ShouldBe(FilingLint.Cli.ExitCodes.Error);
        output.ShouldContain($"error input.unreadable: cannot read this file: the .docx part word/document.xml nests XML elements more than {ZipLimits.MaxDepth} deep");
        // The seed's own findings are all there.
        output.ShouldContain("legend.rule-424b-header");
        output.ShouldContain("terms.inconsistent-agreement-name");
    }

    [Fact]
    public void Nesting_of_real_depth_is_read()
    {
        string path = Docx(Nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:p><w:r><w:t>Deep cell.</w:t></w:r></w:p>", 20));
        var read = DocumentLoader.Load(path);
        read.Error.ShouldBeNull();
        read.Document!.Text.ShouldContain("Deep cell.");
    }

    [Fact]
    public void A_zip_bomb_of_tiny_elements_is_unreadable_before_OpenXml_unpacks_it()
    {
        // 2.1 million empty paragraphs: 13 MB of XML in a zip of about 20 KB. The attack's 500 MB with FILINGLINT_STRESS=1.
        long paragraphs = Stress ? 80_000_000 : ZipLimits.MaxElements + 100_000;
        string bomb = Docx(new StringBuilder().Insert(0, "<w:p/>", (int)Math.Min(paragraphs, int.MaxValue / 8)).ToString());
        new FileInfo(bomb).Length.ShouldBeLessThan(Stress ? 1_500_000 : 100_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var read = DocumentLoader.Load(bomb);
        read.Error.ShouldNotBeNull().ShouldContain("zip bomb");
        // Scanning keeps nothing: far less allocated than the XML's own size, let alone OpenXml's objects for it.
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(64L << 20);
    }

    [Fact]
    public void Inflated_bytes_are_counted_whatever_the_elements()
    {
        // One run of 130 MB of text: few elements, past the bytes limit. Built only under FILINGLINT_STRESS=1 (it takes seconds).
        if (!Stress) return;
        string bomb = Docx("<w:p><w:r><w:t>" + new string('a', (int)(ZipLimits.MaxXmlBytes + (2 << 20))) + "</w:t></w:r></w:p>");
        DocumentLoader.Load(bomb).Error.ShouldNotBeNull().ShouldContain("more than 128 MB");
    }
}
