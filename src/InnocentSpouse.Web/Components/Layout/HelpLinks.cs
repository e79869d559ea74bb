namespace InnocentSpouse.Web.Components.Layout;

/// <summary>
/// Where to get free help, as given on the Taxpayer Advocate Service pages the project started from
/// (shared/seeds: TAS "Innocent Spouse" and "Letter 4390" pages, "If you still need help").
/// </summary>
public static class HelpLinks
{
    /// <summary>TAS home page.</summary>
    public const string TaxpayerAdvocateService = "https://www.taxpayeradvocate.irs.gov/";

    /// <summary>TAS phone number as printed on the seed pages.</summary>
    public const string TaxpayerAdvocatePhone = "1-877-777-4778";

    /// <summary>The same number for tel: links.</summary>
    public const string TaxpayerAdvocatePhoneE164 = "+18777774778";

    /// <summary>The LITC page on the TAS website (the seed pages point there and to Publication 4134).</summary>
    public const string LowIncomeTaxpayerClinics = "https://www.taxpayeradvocate.irs.gov/about-us/low-income-taxpayer-clinics-litc/";
}
