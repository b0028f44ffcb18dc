namespace FilingLint.Facts;

/// <summary>The role of an amount, taken from the words around it.</summary>
public enum AmountRole
{
    Other,
    /// <summary>Maximum aggregate offering price ("having an aggregate offering price of up to").</summary>
    OfferingCap,
    /// <summary>Gross proceeds of sales already made.</summary>
    SoldGrossProceeds,
    /// <summary>Number of shares already sold.</summary>
    SharesSold,
    /// <summary>What remains available under the cap.</summary>
    Remaining,
    CommissionRate,
    PricePerShare,
    PublicFloat,
    /// <summary>Net proceeds.</summary>
    NetProceeds,
}
