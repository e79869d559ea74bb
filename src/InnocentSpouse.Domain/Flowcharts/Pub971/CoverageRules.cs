using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// What innocent spouse relief (b) and separation of liability (c) leave for equitable relief (f). Equitable
/// relief covers only what (b) and (c) do not (IRC §6015(f)(1)(B); Treas. Reg. §1.6015-4(a)), so Figure C reads
/// the outcomes of Figures A and B for the same year (<see cref="RuleContext.DecidedFor"/>) and weighs only the rest.
/// </summary>
/// <remarks>
/// The outcomes of (b) and (c) here are the screener's, not the IRS's. If the IRS denies (b) or (c), it considers
/// equitable relief for the rest on the same Form 8857 (Pub. 971, "Equitable Relief": "If you do not qualify for
/// innocent spouse relief or separation of liability relief, you may still be relieved ... through equitable
/// relief"; Treas. Reg. §1.6015-4(a)). Every answer that (b) or (c) cover something carries that caveat.
/// </remarks>
public static class CoverageRules
{
    /// <summary>Shown whenever equitable relief is narrowed because (b) or (c) may cover some or all of the tax.</summary>
    public const string IrsConsidersTheRestCaveat =
        "If the IRS denies (b) or (c), it considers equitable relief for the rest on the same Form 8857 (Pub. 971, Equitable Relief; Treas. Reg. §1.6015-4(a)).";

    /// <summary>Shown when only (c) covers the tax: (c) gives no refunds, and (f) cannot be used to get around that.</summary>
    public const string NoRefundUnderCCaveat =
        "Separation of liability (c) never gives refunds (IRC §6015(g)(3)), and equitable relief cannot be used to get around that for tax (c) would cover (Treas. Reg. §1.6015-4(b)). If you paid some of this tax with your own money, innocent spouse relief (b) is the way to get it back; mention the payments on Form 8857. " +
        IrsConsidersTheRestCaveat;

    private const string WhatIsLeftCaveat =
        "Equitable relief covers only what (b) and (c) do not (IRC §6015(f)(1)(B)), so this screen does not weigh again the part (b) or (c) may cover. " +
        IrsConsidersTheRestCaveat;

    private const string WhatIsLeftAfterCCaveat = WhatIsLeftCaveat + " " + NoRefundUnderCCaveat;

    // The rule's texts in the reader's language (keys reason.covered-by-b-or-c.<case>, reason.other-part-left.<case>).
    private static readonly KeyedText IrsConsidersTheRest = new("reason.covered-by-b-or-c.irs-considers-the-rest", IrsConsidersTheRestCaveat);
    private static readonly KeyedText NoRefundUnderC = new("reason.covered-by-b-or-c.no-refund-under-c", NoRefundUnderCCaveat);
    private static readonly KeyedText WhatIsLeft = new("reason.covered-by-b-or-c.what-is-left", WhatIsLeftCaveat);
    private static readonly KeyedText WhatIsLeftAfterC = new("reason.covered-by-b-or-c.what-is-left-after-c", WhatIsLeftAfterCCaveat);
    private static readonly KeyedText AllByB = new("reason.covered-by-b-or-c.all-by-b", "Yes: innocent spouse relief (b) may cover all of it.");
    private static readonly KeyedText AllByC = new("reason.covered-by-b-or-c.all-by-c", "Yes: separation of liability (c) may cover all of it.");
    private static readonly KeyedText UnpaidTax = new("reason.covered-by-b-or-c.unpaid-tax",
        "No: there is unpaid tax, or the kind of tax problem is not known, and only equitable relief can cover unpaid tax.");
    private static readonly KeyedText NotKnownYet = new("reason.covered-by-b-or-c.not-known-yet",
        "Not known yet: we could not finish checking (b) or (c) without more information, so equitable relief is checked as well.");
    private static readonly KeyedText Neither = new("reason.covered-by-b-or-c.neither", "No: neither (b) nor (c) looks likely to cover all of it.");
    private static readonly KeyedText PartOfIt = new("reason.covered-by-b-or-c.part",
        "Part of it: {0} may cover the other person's share of the extra tax, so equitable relief is weighed only for what is left: {1}.");
    private static readonly KeyedText ByB = new("reason.covered-by-b-or-c.part-b", "innocent spouse relief (b)");
    private static readonly KeyedText ByC = new("reason.covered-by-b-or-c.part-c", "separation of liability (c)");
    private static readonly KeyedText LeftUnpaid = new("reason.covered-by-b-or-c.left-unpaid", "the unpaid tax shown on the return");
    private static readonly KeyedText LeftOwnShare = new("reason.covered-by-b-or-c.left-own-share",
        "your own share of the extra tax (equitable relief covers it only if an exception fits, which we ask about)");
    private static readonly KeyedText LeftKnownPart = new("reason.covered-by-b-or-c.left-known-part", "the part of the item you knew about");
    private static readonly KeyedText LeftRest = new("reason.covered-by-b-or-c.left-rest", "the rest of the tax");
    private static readonly KeyedText OtherPartUnpaid = new("reason.other-part-left.unpaid",
        "Yes: unpaid tax shown on the return can be relieved only by equitable relief, so the other person's part of it is weighed here.");
    private static readonly KeyedText OtherPartNeither = new("reason.other-part-left.neither",
        "Yes: neither (b) nor (c) looks likely to cover the other person's part, so equitable relief weighs it.");
    private static readonly KeyedText OtherPartKnown = new("reason.other-part-left.known-part",
        "Yes: (b) or (c) may cover the part of the other person's item you did not know about; the part you knew about is left for equitable relief.");
    private static readonly KeyedText OtherPartCovered = new("reason.other-part-left.covered",
        "No: (b) or (c) may cover the other person's part, so what is left for equitable relief is your own part.");

    // The English explanations, one per combination of what is left (see WhatIsLeft), built once: no allocation per screening.
    private static readonly string[] PartlyCoveredByB = Explanations(ByB);
    private static readonly string[] PartlyCoveredByC = Explanations(ByC);

    /// <summary>
    /// Figure C, Decision (1): true when (b) or (c) may relieve the whole liability, so equitable relief is not
    /// needed. False when the liability includes unpaid tax or neither covers all of it; when (b) or (c) may cover
    /// part of it, the explanation names what is left for equitable relief and the caveat says the covered part is
    /// not weighed again.
    /// </summary>
    /// <param name="context">The rule context; reads the determinations already reached for this year.</param>
    public static RuleAnswer CoveredByBOrC(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Get(QuestionCatalog.LiabilityType);
        if (type is null)
        {
            return RuleAnswer.NeedFact(QuestionCatalog.LiabilityType.Key);
        }

        var b = context.DecidedFor(ReliefType.InnocentSpouse);
        var c = context.DecidedFor(ReliefType.SeparationOfLiability);
        if (type == "understatement")
        {
            if (b == Determination.MayQualify)
            {
                return RuleAnswer.True(AllByB.Text(), IrsConsidersTheRest.Text());
            }

            if (c == Determination.MayQualify)
            {
                return RuleAnswer.True(AllByC.Text(), NoRefundUnderC.Text());
            }
        }

        if (MayCover(b) || MayCover(c))
        {
            return MayCover(b)
                ? RuleAnswer.False(PartlyCovered(PartlyCoveredByB, ByB, LeftFor(context)), WhatIsLeft.Text())
                : RuleAnswer.False(PartlyCovered(PartlyCoveredByC, ByC, LeftFor(context)), WhatIsLeftAfterC.Text());
        }

        if (type != "understatement")
        {
            return RuleAnswer.False(UnpaidTax.Text());
        }

        return b == Determination.NeedMoreInformation || c == Determination.NeedMoreInformation
            ? RuleAnswer.False(NotKnownYet.Text())
            : RuleAnswer.False(Neither.Text());
    }

    /// <summary>
    /// For an item of both spouses whose own part has no attribution exception (Rev. Proc. 2013-34 §4.01(7)):
    /// true when some of the other person's part is still left for equitable relief after (b) and (c); false when
    /// (b) or (c) may cover the other person's part, so only the requester's own part is left.
    /// </summary>
    /// <remarks>
    /// Left for equitable relief: unpaid tax (never covered by (b) or (c)), the part of the item the requester knew
    /// about (§6015(b)(2), (c)(3)(C)), and everything when neither (b) nor (c) may qualify. When the screen of (b) or
    /// (c) could not finish, this answers true, so equitable relief is still weighed (never a "not needed" on an unknown).
    /// </remarks>
    /// <param name="context">The rule context; reads the determinations already reached for this year.</param>
    public static RuleAnswer OtherPersonsPartLeft(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Is(QuestionCatalog.LiabilityType, "understatement"))
        {
            return RuleAnswer.True(OtherPartUnpaid.Text());
        }

        if (!MayCover(context.DecidedFor(ReliefType.InnocentSpouse)) && !MayCover(context.DecidedFor(ReliefType.SeparationOfLiability)))
        {
            return RuleAnswer.True(OtherPartNeither.Text());
        }

        return context.Is(QuestionCatalog.KnewOfItem, "partly")
            ? RuleAnswer.True(OtherPartKnown.Text())
            : RuleAnswer.False(OtherPartCovered.Text(), IrsConsidersTheRest.Text());
    }

    private static bool MayCover(Determination? determination) =>
        determination is Determination.MayQualify or Determination.MayQualifyPartial;

    // What is left for equitable relief, as a bit set: 1 = unpaid tax, 2 = the requester's own share, 4 = the known part.
    private static int LeftFor(RuleContext context) =>
        (context.Is(QuestionCatalog.LiabilityType, "understatement") ? 0 : 1)
        | (context.Is(QuestionCatalog.ErroneousItemOwner, "both") ? 2 : 0)
        | (context.Is(QuestionCatalog.KnewOfItem, "partly") ? 4 : 0);

    // English from the table built once; another language builds its text on each call.
    private static string PartlyCovered(string[] english, KeyedText relief, int left) =>
        KeyedText.InSourceLanguage ? english[left] : Explanation(relief.Text(), left);

    private static string[] Explanations(KeyedText relief)
    {
        var texts = new string[8];
        for (var left = 0; left < texts.Length; left++)
        {
            texts[left] = string.Format(System.Globalization.CultureInfo.InvariantCulture, PartOfIt.English, relief.English, Parts(left, english: true));
        }

        return texts;
    }

    private static string Explanation(string relief, int left) => PartOfIt.Format(relief, Parts(left, english: false));

    private static string Parts(int left, bool english)
    {
        var parts = new List<string>(3);
        if ((left & 1) != 0)
        {
            parts.Add(english ? LeftUnpaid.English : LeftUnpaid.Text());
        }

        if ((left & 2) != 0)
        {
            parts.Add(english ? LeftOwnShare.English : LeftOwnShare.Text());
        }

        if ((left & 4) != 0)
        {
            parts.Add(english ? LeftKnownPart.English : LeftKnownPart.Text());
        }

        return parts.Count == 0 ? (english ? LeftRest.English : LeftRest.Text()) : string.Join("; ", parts);
    }
}
