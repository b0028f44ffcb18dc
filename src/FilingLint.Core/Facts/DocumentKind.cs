namespace FilingLint.Facts;

/// <summary>What kind of document a filing is; legend and Rule 424(b) rules apply only to prospectuses.</summary>
public enum DocumentKind
{
    Unknown,
    Prospectus,
    ProspectusSupplement,
    RegistrationStatement,
    Other,
}
