using System.Collections.Immutable;
using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// What to do next after a screening: Form 8857, Form 8379, what happens after filing, and free help. Every step cites
/// its authority; the 30-day, 90-day and 6-month periods come from <see cref="DeadlineCalculator"/>'s constants, the
/// same numbers the deadlines are counted with.
/// </summary>
public static class NextStepCatalog
{
    /// <summary>The id of the Tax Court step (the results page links it to the letter date tool).</summary>
    public const string TaxCourtId = "tax-court-after-final-determination";

    /// <summary>Months the IRS often takes to decide a request. An estimate: rules.md gives no official source for it.</summary>
    public const int ProcessingEstimateMonths = 6;

    private const string Form8857 = "Ask for relief with Form 8857";
    private const string Form8379 = "Ask for your share of the refund with Form 8379";
    private const string AfterFiling = "What happens after you file";
    private const string NothingFitsHeading = "If nothing here seems to fit";
    private const string FreeHelp = "Free help";

    private static readonly SourceRef ScopeOfReviewReminder = Citations.Form8857Instructions("Reminders, Scope of review");

    /// <summary>Every next step, in the order shown.</summary>
    public static ImmutableArray<NextStep> All { get; } =
    [
        new("form-8857-when", Form8857, "When:",
            "as soon as you can, and before any date shown above. The IRS looks at innocent spouse relief, separation of liability "
            + "and equitable relief on the same form, so you do not choose one.",
            [Citations.Form8857Instructions("When To File"), Citations.Pub971("How To Request Relief")], NextStepApplies.ReliefMayFit),
        new("form-8857-where", Form8857, "Where:",
            "follow the \"Where to file\" part of the Form 8857 instructions. Send it on its own, not with a tax return. "
            + "Keep a copy and proof of mailing.",
            [Citations.Form8857Instructions("Where To File")], NextStepApplies.ReliefMayFit),
        new("form-8857-attach", Form8857, "What to attach:",
            "anything that supports your answers, such as a divorce decree or separation agreement, letters from the IRS, proof of "
            + "abuse (police or court records, a letter from a shelter or a doctor), and proof of payments you made with your own "
            + "money if you want a refund.",
            [ScopeOfReviewReminder, Citations.RevProc("§4.03(2)(c)(iv)")], NextStepApplies.ReliefMayFit),
        new("give-everything-up-front", Form8857, "Give the IRS everything now.",
            "If you later go to the Tax Court, the judge mostly looks at what you gave the IRS, plus evidence that is new or was "
            + "not available before (IRC §6015(e)(7)).",
            [Citations.Irc6015E7, ScopeOfReviewReminder], NextStepApplies.ReliefMayFit),
        new("form-8379", Form8379, "",
            "If the IRS kept your share of a joint refund to pay a debt that only your spouse or ex-spouse owed, file Form 8379, "
            + "Injured Spouse Allocation. It is a different form from Form 8857, and you may need both.",
            [Citations.Form8379Instructions("Who Must File")], NextStepApplies.InjuredSpouse),
        new("irs-contacts-other-spouse", AfterFiling, "The IRS must contact your spouse or ex-spouse.",
            "The law has no exception, even for abuse. The IRS will not tell them your address, phone number or employer.",
            [Citations.Irc6015H2, Citations.RegNoticeToOtherSpouse], NextStepApplies.Always),
        new("collection-stops", AfterFiling, "Collection stops while your request is open.",
            "The IRS will not levy (take money or property) for that tax while it decides, and during any Tax Court case. "
            + "This also adds that time to the period the IRS has to collect. Interest keeps growing, and the IRS can still keep refunds.",
            [Citations.Irc6015E1B, Citations.RegCollectionStop], NextStepApplies.Always),
        new("processing-time", AfterFiling, Invariant($"It can take about {ProcessingEstimateMonths} months"),
            "for the IRS to decide. This is an estimate: we found no official IRS source for how long it takes.",
            [], NextStepApplies.Always, IsEstimate: true),
        new("appeal-form-12509", AfterFiling, "If you disagree with the IRS's first answer",
            Invariant($"(a preliminary determination), you have {DeadlineCalculator.Form12509AppealDays} days to appeal with Form 12509."),
            [Citations.AppealsInnocentSpouse], NextStepApplies.Always),
        new(TaxCourtId, AfterFiling, "After the final answer",
            Invariant($"you have {DeadlineCalculator.TaxCourtPetitionDays} days to ask the U.S. Tax Court to review it. That deadline cannot be extended. ")
            + Invariant($"If the IRS has not decided {DeadlineCalculator.NoDeterminationMonths} months after you filed, you may go to the Tax Court then."),
            [Citations.Irc6015E, Citations.RegSixMonthRule], NextStepApplies.Always),
        new("nothing-fits", NothingFitsHeading, "",
            "A screening like this cannot see everything. You can still file Form 8857: the IRS decides on all the facts, "
            + "and equitable relief depends on fairness. Before you decide, get free advice.",
            [Citations.RevProc("§4.03(2)")], NextStepApplies.NothingFits),
        new("taxpayer-advocate", FreeHelp, "Taxpayer Advocate Service",
            ", 1-877-777-4778: free help if a tax problem is causing you hardship or you cannot resolve it with the IRS.",
            [Citations.TaxpayerAdvocateService], NextStepApplies.Always, LeadIsLink: true),
        new("low-income-taxpayer-clinics", FreeHelp, "Low Income Taxpayer Clinics",
            ": free or low-cost representation, including in the Tax Court, often in several languages.",
            [Citations.LowIncomeTaxpayerClinics], NextStepApplies.Always, LeadIsLink: true),
    ];

    /// <summary>The steps that apply to <paramref name="result"/>, in the order shown.</summary>
    /// <param name="result">The screening result (complete or not).</param>
    public static ImmutableArray<NextStep> For(ScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var all = result.Years.SelectMany(y => y.Reliefs).ToList();
        var sixFifteen = all.Where(r => r.Relief != ReliefType.InjuredSpouse).ToList();
        var mayQualify = sixFifteen.Any(r => IsMayQualify(r.Determination));
        var uncertain = sixFifteen.Any(r => r.Determination is Determination.Unlikely or Determination.NeedMoreInformation or Determination.NotYet);
        var injured = all.Any(r => r.Relief == ReliefType.InjuredSpouse && IsMayQualify(r.Determination));
        var steps = All.Where(step => step.AppliesWhen switch
        {
            NextStepApplies.ReliefMayFit => mayQualify || uncertain,
            NextStepApplies.InjuredSpouse => injured,
            NextStepApplies.NothingFits => !mayQualify,
            _ => true,
        });
        var culture = CultureInfo.CurrentUICulture;
        return DomainText.IsSourceLanguage(culture) ? [.. steps] : [.. steps.Select(step => Translate(step, culture))];
    }

    /// <summary>The text keys of a step: its group heading, its lead (null when it has none) and its text.</summary>
    /// <param name="step">A step of <see cref="All"/>.</param>
    public static (string Heading, string? Lead, string Text) KeysOf(NextStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var group = step.Heading switch
        {
            Form8857 => "form-8857",
            Form8379 => "form-8379",
            AfterFiling => "after-filing",
            NothingFitsHeading => "nothing-fits",
            FreeHelp => "free-help",
            _ => throw new ArgumentException($"Unknown next-step heading '{step.Heading}'.", nameof(step)),
        };
        return ("next-step.heading." + group, step.Lead.Length == 0 ? null : $"next-step.{step.Id}.lead", $"next-step.{step.Id}.text");
    }

    // Another language's texts are composite formats: {0} the processing estimate in months, {1} the Form 12509
    // appeal days, {2} the Tax Court petition days, {3} the months without a determination (the same constants).
    private static NextStep Translate(NextStep step, CultureInfo culture)
    {
        var (heading, lead, text) = KeysOf(step);
        return step with
        {
            Heading = DomainText.Get(heading, step.Heading, culture),
            Lead = lead is null ? step.Lead : Numbers(DomainText.Get(lead, step.Lead, culture), culture),
            Text = Numbers(DomainText.Get(text, step.Text, culture), culture),
        };
    }

    private static string Numbers(string format, CultureInfo culture) =>
        string.Format(culture, format, ProcessingEstimateMonths, DeadlineCalculator.Form12509AppealDays,
            DeadlineCalculator.TaxCourtPetitionDays, DeadlineCalculator.NoDeterminationMonths);

    private static bool IsMayQualify(Determination determination) =>
        determination is Determination.MayQualify or Determination.MayQualifyPartial;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
