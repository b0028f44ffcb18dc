namespace FilingLint.Facts;

public enum AmountUnit
{
    Dollars,
    Shares,
    Percent,
}
