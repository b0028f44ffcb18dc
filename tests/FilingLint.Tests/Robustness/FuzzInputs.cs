using System.Text;

namespace FilingLint.Tests.Robustness;

/// <summary>Seed inputs for each reader, and the tokens mutations splice in (markup, escapes, bad bytes).</summary>
internal static class FuzzInputs
{
    /// <summary>Cases per reader: 2,000 in the default run; set FILINGLINT_FUZZ_CASES for a longer run.</summary>
    public static int Cases => int.TryParse(Environment.GetEnvironmentVariable("FILINGLINT_FUZZ_CASES"), out int n) && n > 0 ? n : 2000;

    public static byte[] SeedText => Encoding.UTF8.GetBytes(Seed.Text);

    public static byte[] SeedHtml
    {
        get
        {
            var html = new StringBuilder("<html><body>\n");
            foreach (var paragraph in Seed.Text.Split("\n\n"))
            {
                string p = System.Net.WebUtility.HtmlEncode(paragraph.Trim().Replace("**", "").Replace("\\$", "$"));
                html.Append(p == "---" ? "<hr>\n" : $"<p style=\"margin:0\"><font>{p}</font></p>\n");
            }
            return Encoding.UTF8.GetBytes(html.Append("</body></html>\n").ToString());
        }
    }

    public static byte[] SeedSubmission => Encoding.UTF8.GetBytes(
        "<SEC-DOCUMENT>0001-22-000001.txt : 20221020\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t424B5\n" +
        "COMPANY CONFORMED NAME:\t\t\tCELLECTAR BIOSCIENCES, INC.\nFILED AS OF DATE:\t\t20221020\n</SEC-HEADER>\n" +
        "<DOCUMENT>\n<TYPE>424B5\n<SEQUENCE>1\n<FILENAME>d1.txt\n<TEXT>\n" + Seed.Text + "\n<PAGE>\n</TEXT>\n</DOCUMENT>\n" +
        "<DOCUMENT>\n<TYPE>EX-1.1\n<TEXT>\nExhibit text.\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n");

    public static readonly byte[][] Tokens =
    {
        new byte[] { 0 }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xFE, 0xFF },
        new byte[] { 0xC3, 0x28 }, new byte[] { 0xE2, 0x80 }, new byte[] { 0x93 }, new byte[] { 0x94 },
        Encoding.UTF8.GetBytes("<"), Encoding.UTF8.GetBytes("<!--"), Encoding.UTF8.GetBytes("-->"), Encoding.UTF8.GetBytes("**"),
        Encoding.UTF8.GetBytes("\\"), Encoding.UTF8.GetBytes("(the “"), Encoding.UTF8.GetBytes("”)"), Encoding.UTF8.GetBytes("$"),
        Encoding.UTF8.GetBytes("<DOCUMENT>"), Encoding.UTF8.GetBytes("<TEXT>"), Encoding.UTF8.GetBytes("</TEXT>"), Encoding.UTF8.GetBytes("<PAGE>"),
        Encoding.UTF8.GetBytes("<div><div><div>"), Encoding.UTF8.GetBytes("</p></table>"), Encoding.UTF8.GetBytes("&#x0;&nbsp;&bogus;"),
        Encoding.UTF8.GetBytes("\n\n---\n\n"), Encoding.UTF8.GetBytes("September 31, 2022"), Encoding.UTF8.GetBytes("$9,999,999,999,999,999,999,999,999,999"),
        Encoding.UTF8.GetBytes("\r"), Encoding.UTF8.GetBytes("\u2028"),
    };
}
