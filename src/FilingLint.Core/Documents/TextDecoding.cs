using System.Text;

namespace FilingLint.Documents;

/// <summary>Decodes filing bytes: BOM first (UTF-8, UTF-16), then strict UTF-8, then Windows-1252, which EDGAR's older text uses.</summary>
internal static class TextDecoding
{
    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, bytes.Length);

    /// <summary>
    /// The text of the first <paramref name="length"/> bytes, decoded as the whole file is: the encoding is chosen from
    /// all of it (a byte invalid in UTF-8 anywhere makes it Windows-1252), so a prefix reads exactly as the start of the
    /// whole text. <paramref name="length"/> must fall between characters (after an ASCII byte); UTF-16 is always
    /// decoded whole.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, int length)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes[3..Math.Max(3, length)]);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes[..length]) : Windows1252.Instance.GetString(bytes[..length]);
    }

    /// <summary>The code pages are registered on first use only: most filings are UTF-8, and loading them slows start-up.</summary>
    private static class Windows1252
    {
        public static readonly Encoding Instance = Load();

        private static Encoding Load()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>NUL bytes in the first 8 KB mark a binary file, unless the text is UTF-16 (which has a BOM).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) return false;
        int n = Math.Min(bytes.Length, 8192);
        for (int i = 0; i < n; i++)
            if (bytes[i] == 0) return true;
        return false;
    }
}
