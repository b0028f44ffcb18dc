using System.IO.Compression;
using System.Text.Json;
using FilingLint.Cli;
using FilingLint.Documents;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Robustness;

public class ManyFilesTests
{
    [Fact]
    public void Fifty_filings_with_a_corrupt_docx_and_an_empty_file_give_the_other_48_in_full()
    {
        string dir = Path.Combine(Path.GetTempPath(), "filinglint-many", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        for (int i = 0; i < 48; i++) File.WriteAllText(Path.Combine(dir, $"filing{i:00}.txt"), Seed.Text);
        byte[] docx = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "003_5d95c712dadc11a9.txt"));
        File.WriteAllBytes(Path.Combine(dir, "corrupt.docx"), new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(docx.Take(500)).ToArray());
        File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);

        var stdout = new StringWriter();
        int exit = Program.Run(["lint", dir, "--format", "json", "--no-config"], stdout, new StringWriter());

        exit.ShouldBe(ExitCodes.Error);
        using var json = JsonDocument.Parse(stdout.ToString());
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Count.ShouldBe(50);
        var unreadable = files.Where(f => f.GetProperty("findings").EnumerateArray().Any(x => x.GetProperty("ruleId").GetString() == "input.unreadable")).ToList();
        unreadable.Select(f => Path.GetFileName(f.GetProperty("path").GetString())).ShouldBe(new[] { "corrupt.docx", "empty.txt" }, ignoreOrder: true);
        foreach (var f in files.Except(unreadable))
            f.GetProperty("findings").EnumerateArray().Select(x => x.GetProperty("ruleId").GetString())
                .ShouldBe(new[] { "legend.rule-424b-header", "terms.inconsistent-agreement-name" });
    }

    [Fact]
    public void A_zip_bomb_docx_is_refused_before_it_is_unpacked()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (int i = 0; i < 3; i++)
            {
                using var entry = zip.CreateEntry($"word/bomb{i}.xml", CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1024 * 1024];
                for (int mb = 0; mb < 200; mb++) entry.Write(zeros);
            }
        }
        memory.Length.ShouldBeLessThan(5 * 1024 * 1024);
        var result = DocumentLoader.Read("bomb.docx", memory.ToArray());
        result.Document.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain("zip bomb");
    }

    [Fact]
    public void Too_deeply_nested_html_is_unreadable_not_a_stack_overflow()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x";
        var result = DocumentLoader.Read("deep.html", System.Text.Encoding.UTF8.GetBytes(html));
        result.Error.ShouldNotBeNull().ShouldContain("nested more than");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread()
    {
        string path = Path.Combine(Path.GetTempPath(), "filinglint-many", Guid.NewGuid().ToString("N") + ".txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Seed.Text);
        var stdout = new StringWriter();
        Program.Run(["lint", path, "--max-file-size", "100", "--no-config"], stdout, new StringWriter()).ShouldBe(ExitCodes.Error);
        stdout.ToString().ShouldContain("over the 100-byte limit");
    }
}

public class OutputSafetyTests
{
    [Fact]
    public void A_failure_while_writing_the_report_leaves_the_previous_report_intact()
    {
        string dir = Path.Combine(Path.GetTempPath(), "filinglint-out", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string report = Path.Combine(dir, "report.html");
        Program.Run(["lint", Seed.Path, "--html", report, "--no-config"], new StringWriter(), new StringWriter());
        string before = File.ReadAllText(report);
        before.ShouldContain("terms.inconsistent-agreement-name");

        string broken = Path.Combine(dir, "broken.sbn");
        File.WriteAllText(broken, "<p>\n{{ for f in files }}<p>{{ f.path }}</p>");
        var stderr = new StringWriter();
        Program.Run(["lint", Seed.Path, "--html", report, "--template", broken, "--no-config"], new StringWriter(), stderr).ShouldBe(ExitCodes.Error);
        stderr.ToString().ShouldStartWith($"{broken}:2:");
        stderr.ToString().ShouldContain("cannot write the HTML report");
        File.ReadAllText(report).ShouldBe(before);
        Directory.GetFiles(dir).Select(Path.GetFileName).ShouldBe(new[] { "broken.sbn", "report.html" }, ignoreOrder: true);
    }
}
