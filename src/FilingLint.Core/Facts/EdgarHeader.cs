using System.Globalization;

namespace FilingLint.Facts;

/// <summary>
/// What an EDGAR submission's SGML header says of it. The subject company comes first in the header, so the company
/// fields are the subject company's (for a prospectus, the filer's); <see cref="FileNumbers"/> are every filer's.
/// </summary>
public sealed record EdgarHeader
{
    /// <summary><c>COMPANY CONFORMED NAME</c>, as EDGAR writes it ("ACME CORP").</summary>
    public HeaderField? CompanyName { get; init; }

    /// <summary><c>CENTRAL INDEX KEY</c>, the filer's ten-digit CIK.</summary>
    public HeaderField? Cik { get; init; }

    /// <summary><c>SEC FILE NUMBER</c> of every filer, in header order, each once ("333-268718", "333-268718-01").</summary>
    public IReadOnlyList<HeaderField> FileNumbers { get; init; } = [];

    /// <summary><c>CONFORMED SUBMISSION TYPE</c>: "424B5", "S-3", ...</summary>
    public HeaderField? FormType { get; init; }

    /// <summary><c>FILED AS OF DATE</c> as written (YYYYMMDD).</summary>
    public HeaderField? FiledAsOf { get; init; }

    /// <summary><see cref="FiledAsOf"/> as a date; null when it is missing or not a date.</summary>
    public DateOnly? FiledAsOfDate => FiledAsOf is { } f
        && DateOnly.TryParseExact(f.Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
