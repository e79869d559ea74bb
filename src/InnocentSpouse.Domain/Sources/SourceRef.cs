namespace InnocentSpouse.Domain.Sources;

/// <summary>
/// A citation: the authority a rule, a letter entry or a deadline rests on.
/// </summary>
/// <param name="Document">The authority, e.g. "Pub. 971", "IRC §6015", "Rev. Proc. 2013-34", "Pollock v. Commissioner".</param>
/// <param name="Revision">The pinned revision or reporter cite, e.g. "Rev. Dec. 2021" or "132 T.C. 21 (2009)"; empty when none applies.</param>
/// <param name="Locator">Where inside the document, e.g. "Figure A, Decision (4)" or "§4.02"; empty for the whole document.</param>
/// <param name="Link">A public copy of the text, when one is known.</param>
/// <remarks>
/// IRS box numbers change between revisions of Pub. 971, so they are citations only, never identifiers
/// (style.md §2). Every node, letter and deadline rule carries at least one <see cref="SourceRef"/>.
/// </remarks>
public sealed record SourceRef(string Document, string Revision, string Locator, string? Link = null)
{
    /// <summary>Citation text as shown to users, e.g. "Pub. 971 (Rev. Dec. 2021), Figure A, Decision (4)".</summary>
    public string Display
    {
        get
        {
            var text = string.IsNullOrEmpty(Revision) ? Document : $"{Document} ({Revision})";

            // A section of a code or regulation reads as one citation: "IRC §6015(b)(1)(E)", "Treas. Reg. §1.6015-5(b)(2)".
            return string.IsNullOrEmpty(Locator) ? text
                : string.IsNullOrEmpty(Revision) && Locator.StartsWith('§') ? $"{text} {Locator}"
                : $"{text}, {Locator}";
        }
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
