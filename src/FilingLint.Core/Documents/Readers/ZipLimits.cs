using System.IO.Compression;
using System.Xml;

namespace FilingLint.Documents.Readers;

/// <summary>
/// Limits checked on a .docx before OpenXml unpacks it, against zip bombs and hostile XML: the number of entries and
/// their declared uncompressed size, then every XML part read as a stream, counting the bytes as they inflate, the
/// elements and their depth. The declared sizes alone did not bound memory: half a gigabyte of tiny XML elements, in a
/// zip of 0.4 to 1.2 MB, became 5 to 6.5 GB of OpenXml objects; and OpenXml loads an element's children recursively,
/// so a 3 KB file of tables, content controls or runs nested a hundred thousand deep overflowed the stack (the process
/// died, every other file's result lost). The scan is iterative and keeps nothing, so it costs no more than reading.
/// </summary>
internal static class ZipLimits
{
    public const int MaxEntries = 10_000;
    public const long MaxUncompressedBytes = 512L * 1024 * 1024;

    /// <summary>XML inflated in all parts together: a 2,000-page draft is about 60 MB of WordprocessingML.</summary>
    public const long MaxXmlBytes = 128L * 1024 * 1024;

    /// <summary>Elements in all XML parts together, which is what OpenXml's memory grows with: a long draft has a few hundred thousand.</summary>
    public const int MaxElements = 2_000_000;

    /// <summary>Element depth: nested tables and text boxes reach a few dozen.</summary>
    public const int MaxDepth = 256;

    /// <summary>Why the archive is refused, or null when it is within the limits.</summary>
    public static string? Check(ArraySegment<byte> bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Count > MaxEntries)
            return $"the .docx has {archive.Entries.Count:N0} zip entries, over the limit of {MaxEntries:N0}";
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (total > MaxUncompressedBytes)
                return $"the .docx would unpack to more than {MaxUncompressedBytes / (1024 * 1024):N0} MB (a zip bomb?)";
        }
        var budget = new XmlBudget();
        foreach (var entry in archive.Entries)
            if (budget.Scan(entry) is { } tooMuch) return tooMuch;
        return null;
    }

    /// <summary>What the XML parts have used so far of <see cref="MaxXmlBytes"/> and <see cref="MaxElements"/>.</summary>
    private sealed class XmlBudget
    {
        private static readonly XmlReaderSettings Settings = new()
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true, CloseInput = false,
        };

        private long _bytes;
        private int _elements;

        /// <summary>Reads one entry as XML; an entry that is not XML (an image) stops at its first bytes and costs nothing more.</summary>
        public string? Scan(ZipArchiveEntry entry)
        {
            if (entry.FullName.EndsWith('/')) return null;
            using var stream = new CountingStream(entry.Open(), this);
            try
            {
                using var reader = XmlReader.Create(stream, Settings);
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    if (reader.Depth >= MaxDepth)
                        return $"the .docx part {entry.FullName} nests XML elements more than {MaxDepth} deep (line {Line(reader)})";
                    if (++_elements > MaxElements)
                        return $"the .docx has more than {MaxElements:N0} XML elements (a zip bomb?)";
                }
            }
            catch (XmlException)
            {
                // Not XML (an image, a font) or broken XML: OpenXml reports the latter if it needs the part.
            }
            catch (BudgetExceededException)
            {
                return $"the .docx's XML unpacks to more than {MaxXmlBytes / (1024 * 1024):N0} MB (a zip bomb?)";
            }
            return null;
        }

        private static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

        public void Count(int read)
        {
            _bytes += read;
            if (_bytes > MaxXmlBytes) throw new BudgetExceededException();
        }
    }

    private sealed class BudgetExceededException : Exception;

    /// <summary>An inflating entry's bytes counted as they come, whatever its header declared.</summary>
    private sealed class CountingStream(Stream inner, XmlBudget budget) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            budget.Count(read);
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            budget.Count(read);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
