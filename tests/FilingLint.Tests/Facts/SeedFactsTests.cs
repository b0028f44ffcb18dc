using FilingLint.Facts;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Facts;

public class SeedFactsTests
{
    private readonly Filing _filing = Seed.Facts(Seed.Text);

    [Fact]
    public void Kind_title_issuer_and_document_date()
    {
        _filing.Kind.ShouldBe(DocumentKind.ProspectusSupplement);
        _filing.Title.ShouldBe("Supplement No. 1 to Prospectus Supplement");
        _filing.Issuer.ShouldBe("Cellectar Biosciences, Inc.");
        _filing.DocumentDate.ShouldNotBeNull().Value.ShouldBe(new DateOnly(2022, 10, 20));
        _filing.Rule424b.ShouldBeNull();
        _filing.RegistrationNumbers.ShouldBeEmpty();
    }

    [Fact]
    public void Referenced_documents_with_their_dates()
    {
        _filing.DocumentReferences.Select(r => (r.Name, r.Date.Value)).Distinct().ShouldBe(new (string, DateOnly?)[]
        {
            ("Prospectus Supplement", new DateOnly(2020, 8, 20)),
            ("Prospectus", new DateOnly(2020, 8, 20)),
            ("Equity Distribution Agreement", new DateOnly(2020, 8, 11)),
        });
    }

    [Fact]
    public void Defined_terms_with_what_they_name_and_their_uses()
    {
        var terms = _filing.DefinedTerms.ToDictionary(t => t.Term);
        terms.Keys.ShouldBe(new[] { "Supplement", "Prospectus Supplement", "Equity Distribution Agreement", "Oppenheimer" });
        terms["Supplement"].Antecedent.ShouldBe("Supplement No. 1 to Prospectus Supplement");
        terms["Oppenheimer"].Antecedent.ShouldBe("Oppenheimer & Co. Inc.");
        terms["Equity Distribution Agreement"].Uses.Count.ShouldBe(3);
        terms["Oppenheimer"].Uses.Count.ShouldBe(1);
        terms.Values.ShouldAllBe(t => !t.UsedBeforeDefined || t.Term == "Supplement" || t.Term == "Prospectus Supplement");
    }

    [Fact]
    public void Agreement_party_and_offering()
    {
        var agreement = _filing.Agreements.ShouldHaveSingleItem();
        agreement.Term.ShouldBe("Equity Distribution Agreement");
        agreement.Date.ShouldBe(new DateOnly(2020, 8, 11));
        agreement.Counterparty.ShouldBe("Oppenheimer & Co. Inc.");

        var party = _filing.Parties.ShouldHaveSingleItem();
        (party.Name, party.ShortName).ShouldBe(("Oppenheimer & Co. Inc.", "Oppenheimer"));

        var offering = _filing.Offerings.ShouldHaveSingleItem();
        offering.Cap.ShouldBe(14_500_000m);
        offering.SoldGrossProceeds.ShouldBe(69_000m);
        offering.SharesSold.ShouldBe(4_169m);
        offering.AgreementName.ShouldBe("Equity Distribution Agreement");
        _filing.Amounts.Single(a => a.Role == AmountRole.OfferingCap).Qualifiers.ShouldContain("up to");
    }

    [Fact]
    public void Effective_date_and_the_misnamed_agreement()
    {
        _filing.Dates.ShouldContain(d => d.Role == DateRole.Effective && d.Value == new DateOnly(2022, 10, 20));
        var mention = _filing.AgreementMentions.Single(m => !m.IsDefinedTerm);
        mention.Name.ShouldBe("Sales Agreement");
        mention.SuggestedTerm.ShouldBe("Equity Distribution Agreement");
    }
}
