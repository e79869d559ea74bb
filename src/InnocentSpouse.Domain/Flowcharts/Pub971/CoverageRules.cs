using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

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

    // The explanations, one per combination of what is left (see WhatIsLeft), built once: no allocation per screening.
    private static readonly string[] PartlyCoveredByB = Explanations("innocent spouse relief (b)");
    private static readonly string[] PartlyCoveredByC = Explanations("separation of liability (c)");

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
                return RuleAnswer.True("Yes: innocent spouse relief (b) may cover all of it.", IrsConsidersTheRestCaveat);
            }

            if (c == Determination.MayQualify)
            {
                return RuleAnswer.True("Yes: separation of liability (c) may cover all of it.", NoRefundUnderCCaveat);
            }
        }

        if (MayCover(b) || MayCover(c))
        {
            return MayCover(b)
                ? RuleAnswer.False(PartlyCoveredByB[WhatIsLeft(context)], WhatIsLeftCaveat)
                : RuleAnswer.False(PartlyCoveredByC[WhatIsLeft(context)], WhatIsLeftAfterCCaveat);
        }

        if (type != "understatement")
        {
            return RuleAnswer.False("No: there is unpaid tax, or the kind of tax problem is not known, and only equitable relief can cover unpaid tax.");
        }

        return b == Determination.NeedMoreInformation || c == Determination.NeedMoreInformation
            ? RuleAnswer.False("Not known yet: we could not finish checking (b) or (c) without more information, so equitable relief is checked as well.")
            : RuleAnswer.False("No: neither (b) nor (c) looks likely to cover all of it.");
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
            return RuleAnswer.True("Yes: unpaid tax shown on the return can be relieved only by equitable relief, so the other person's part of it is weighed here.");
        }

        if (!MayCover(context.DecidedFor(ReliefType.InnocentSpouse)) && !MayCover(context.DecidedFor(ReliefType.SeparationOfLiability)))
        {
            return RuleAnswer.True("Yes: neither (b) nor (c) looks likely to cover the other person's part, so equitable relief weighs it.");
        }

        return context.Is(QuestionCatalog.KnewOfItem, "partly")
            ? RuleAnswer.True("Yes: (b) or (c) may cover the part of the other person's item you did not know about; the part you knew about is left for equitable relief.")
            : RuleAnswer.False("No: (b) or (c) may cover the other person's part, so what is left for equitable relief is your own part.", IrsConsidersTheRestCaveat);
    }

    private static bool MayCover(Determination? determination) =>
        determination is Determination.MayQualify or Determination.MayQualifyPartial;

    // What is left for equitable relief, as a bit set: 1 = unpaid tax, 2 = the requester's own share, 4 = the known part.
    private static int WhatIsLeft(RuleContext context) =>
        (context.Is(QuestionCatalog.LiabilityType, "understatement") ? 0 : 1)
        | (context.Is(QuestionCatalog.ErroneousItemOwner, "both") ? 2 : 0)
        | (context.Is(QuestionCatalog.KnewOfItem, "partly") ? 4 : 0);

    private static string[] Explanations(string relief)
    {
        var texts = new string[8];
        for (var left = 0; left < texts.Length; left++)
        {
            var parts = new List<string>(3);
            if ((left & 1) != 0)
            {
                parts.Add("the unpaid tax shown on the return");
            }

            if ((left & 2) != 0)
            {
                parts.Add("your own share of the extra tax (equitable relief covers it only if an exception fits, which we ask about)");
            }

            if ((left & 4) != 0)
            {
                parts.Add("the part of the item you knew about");
            }

            texts[left] = "Part of it: " + relief + " may cover the other person's share of the extra tax, so equitable relief is weighed only for what is left: " +
                (parts.Count == 0 ? "the rest of the tax" : string.Join("; ", parts)) + ".";
        }

        return texts;
    }
}
