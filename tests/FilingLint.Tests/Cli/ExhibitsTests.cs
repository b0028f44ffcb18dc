using System.Text.Json;
using FilingLint.Cli;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Cli;

/// <summary>
/// <c>--exhibits</c> and <c>exhibits: true</c>: an EDGAR full submission's exhibit documents are linted as documents
/// of their own, with lines in the submission file. The submission is the seed as a 424B5 with the opening of
/// vincerx_s3_2025-01-24.txt's EX-4.1 (a form of indenture, with its trustee left blank), a graphic and an XBRL schema.
/// </summary>
public class ExhibitsTests
{
    private const string Header = "<SEC-DOCUMENT>0001193125-25-012209.txt : 20250124\n<SEC-HEADER>0001193125-25-012209.hdr.sgml : 20250124\n"
        + "CONFORMED SUBMISSION TYPE:\t424B5\nFILED AS OF DATE:\t\t20250124\n\nFILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tAcme Corp, Inc.\n</SEC-HEADER>\n";

    private const string Exhibit = "<DOCUMENT>\n<TYPE>EX-4.1\n<SEQUENCE>2\n<FILENAME>d921557dex41.htm\n<DESCRIPTION>EX-4.1\n<TEXT>\n<HTML><HEAD>\n<TITLE>EX-4.1</TITLE>\n</HEAD>\n <BODY>\n"
        + "<P ALIGN=\"right\"><B>Exhibit 4.1 </B></P>\n"
        + "<P ALIGN=\"center\"><B>VINCERX PHARMA, INC. </B></P>\n"
        + "<P ALIGN=\"center\"><B>TO </B></P>\n"
        + "<P ALIGN=\"center\"><B>[&#8195;&#8195;&#8195;] </B></P>\n"
        + "<P ALIGN=\"center\"><B><I>Trustee </I></B></P>\n"
        + "</BODY></HTML>\n</TEXT>\n</DOCUMENT>\n";

    // Neither is an exhibit to lint, though both hold what would be a placeholder.
    private const string Others = "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>3\n<FILENAME>g1.jpg\n<TEXT>\nbegin 644 g1.jpg\nM[ ]_]C_X``02D9)1@`!`0$`8`!@``#_\nend\n</TEXT>\n</DOCUMENT>\n"
        + "<DOCUMENT>\n<TYPE>EX-101.SCH\n<SEQUENCE>4\n<FILENAME>acme-20250124.xsd\n<TEXT>\n<XBRL>\n<schema>[ ]</schema>\n</XBRL>\n</TEXT>\n</DOCUMENT>\n";

    private static (string Dir, string File, int PlaceholderLine) Submission()
    {
        string primary = "<DOCUMENT>\n<TYPE>424B5\n<SEQUENCE>1\n<FILENAME>d921557d424b5.txt\n<TEXT>\n" + Seed.Text.TrimEnd('\n') + "\n</TEXT>\n</DOCUMENT>\n";
        string text = Header + primary + Exhibit + Others + "</SEC-DOCUMENT>\n";
        string dir = CliRun.TempDir();
        string file = Path.Combine(dir, "acme_424b5.txt");
        File.WriteAllText(file, text);
        int line = text[..text.IndexOf("[&#8195;", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        return (dir, file, line);
    }

    private static JsonElement[] Files(string output) =>
        JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray().ToArray();

    private static string[] RuleIds(JsonElement file) =>
        file.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();

    [Fact]
    public void Exhibits_are_skipped_unless_asked_for()
    {
        var (_, file, _) = Submission();
        var (exit, output, _) = CliRun.Run("lint", file, "--format", "json", "--no-config");
        exit.ShouldBe(ExitCodes.Findings);
        var primary = Files(output).ShouldHaveSingleItem();
        RuleIds(primary).ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"], ignoreOrder: true);
    }

    [Fact]
    public void With_exhibits_each_exhibit_is_linted_at_its_submission_lines()
    {
        var (_, file, line) = Submission();
        var (exit, output, _) = CliRun.Run("lint", file, "--format", "json", "--no-config", "--exhibits");
        exit.ShouldBe(ExitCodes.Findings);
        var files = Files(output);
        files.Length.ShouldBe(2);
        files.ShouldAllBe(f => f.GetProperty("path").GetString() == file);
        RuleIds(files[0]).ShouldBe(["legend.rule-424b-header", "terms.inconsistent-agreement-name"], ignoreOrder: true);
        // The form of indenture is not a prospectus: no legend rule, only its blank.
        var placeholder = files[1].GetProperty("findings").EnumerateArray().ShouldHaveSingleItem();
        placeholder.GetProperty("ruleId").GetString().ShouldBe("draft.placeholder");
        placeholder.GetProperty("line").GetInt32().ShouldBe(line);
    }

    [Fact]
    public void The_configuration_can_ask_for_exhibits()
    {
        var (dir, file, line) = Submission();
        File.WriteAllText(Path.Combine(dir, ".filinglint.yml"), "exhibits: true\n");
        var files = Files(CliRun.Run("lint", file, "--format", "json").Out);
        files.Length.ShouldBe(2);
        files[1].GetProperty("findings").EnumerateArray().ShouldHaveSingleItem().GetProperty("line").GetInt32().ShouldBe(line);

        File.WriteAllText(Path.Combine(dir, ".filinglint.yml"), "exhibits: yes please\n");
        var (exit, _, err) = CliRun.Run("lint", file, "--format", "json");
        exit.ShouldBe(ExitCodes.Error);
        err.ShouldContain(".filinglint.yml:1:11: ");
    }
}
