namespace InnocentSpouse.Domain.Sources;

/// <summary>
/// Builders for the citations the eligibility rules use, pinned to the revisions in docs/sources.md
/// (Pub. 971 Rev. Dec. 2021, Form 8857 instructions Rev. June 2021, Rev. Proc. 2013-34).
/// Links are the public copies named in shared/domain/rules.md.
/// </summary>
public static partial class Citations
{
    /// <summary>The pinned Pub. 971 revision (style.md decision 1).</summary>
    public const string Pub971Revision = "Rev. Dec. 2021";

    /// <summary>Pub. 971 at <paramref name="locator"/>, e.g. "Figure A, Decision (4)".</summary>
    /// <param name="locator">Figure and box, or section name.</param>
    public static SourceRef Pub971(string locator) => new("Pub. 971", Pub971Revision, locator, "https://www.irs.gov/pub/irs-pdf/p971.pdf");

    /// <summary>An Internal Revenue Code section, e.g. "§6015(b)(1)(E)".</summary>
    /// <param name="section">The section with subsection.</param>
    public static SourceRef Irc(string section) => new("IRC", string.Empty, section, "https://www.law.cornell.edu/uscode/text/26/" + SectionNumber(section));

    /// <summary>A Treasury Regulation section, e.g. "§1.6015-5(b)(2)", linked to its text in 26 CFR.</summary>
    /// <param name="section">The section.</param>
    public static SourceRef Reg(string section) => new("Treas. Reg.", string.Empty, section, "https://www.law.cornell.edu/cfr/text/26/" + SectionNumber(section));

    /// <summary>Rev. Proc. 2013-34 at <paramref name="section"/>, e.g. "§4.01(7)".</summary>
    /// <param name="section">The section.</param>
    public static SourceRef RevProc(string section) => new("Rev. Proc. 2013-34", "2013-43 I.R.B. 397", section, "https://www.irs.gov/pub/irs-drop/rp-13-34.pdf");

    /// <summary>Form 8857 instructions (Rev. June 2021) at <paramref name="locator"/>.</summary>
    /// <param name="locator">Line or heading.</param>
    public static SourceRef Form8857Instructions(string locator) => new("Instructions for Form 8857", "Rev. June 2021", locator, "https://www.irs.gov/instructions/i8857");

    /// <summary>Form 8857 itself (Rev. June 2021) at <paramref name="locator"/>, e.g. its "Important things you should know" box.</summary>
    /// <param name="locator">Part, line or box.</param>
    public static SourceRef Form8857(string locator) => new("Form 8857", "Rev. June 2021", locator, "https://www.irs.gov/pub/irs-pdf/f8857.pdf");

    /// <summary>Form 8379 instructions at <paramref name="locator"/>.</summary>
    /// <param name="locator">Heading.</param>
    public static SourceRef Form8379Instructions(string locator) => new("Instructions for Form 8379", string.Empty, locator, "https://www.irs.gov/instructions/i8379");

    /// <summary>A decided case.</summary>
    /// <param name="name">Case name, e.g. "Cheshire v. Commissioner".</param>
    /// <param name="cite">Reporter cite, e.g. "115 T.C. 183 (2000)".</param>
    /// <param name="locator">What the case is cited for.</param>
    /// <param name="link">A public copy of the opinion, when one is known.</param>
    public static SourceRef Case(string name, string cite, string locator, string? link = null) => new(name, cite, locator, link);

    /// <summary>The section number a link needs: "§6015(b)(1)(E), (c)(3)(B)" gives "6015"; "§1.6015-5(b)(2)" gives "1.6015-5".</summary>
    private static string SectionNumber(string section)
    {
        var digits = section.TrimStart('§').Trim();
        var end = digits.IndexOf('(', StringComparison.Ordinal);
        return end < 0 ? digits : digits[..end];
    }
}
