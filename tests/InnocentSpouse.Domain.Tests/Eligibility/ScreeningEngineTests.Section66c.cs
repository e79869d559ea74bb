using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    // A 2021 separate return filed late, on 2023-10-16: the traditional deadline (6 months before the IRS's
    // 3 years to assess end on 2026-10-16) is 2026-04-16, after the baseline as-of date 2026-03-01.
    private const string SeparateIn = "filed-joint-return=separate; separate-return-filed-date=2023-10-16; community-property-state=";

    // A 2021 separate return filed before the due date: counted from April 15, 2022 (earliest reading) or the
    // §7503 due date April 18, 2022 (latest), so the traditional deadline is October 15 to October 18, 2024.
    // (The baseline's joint-return collection date is moved back so that earlier as-of dates stay valid.)
    private const string FiledOnTimeInTexas = "filed-joint-return=separate; community-property-state=texas; separate-return-filed-date=2022-04-10; first-collection-date=2023-01-10";

    private const string EquitableSummary = "Traditional community-property relief does not fit, but you may qualify for equitable community-property relief";

    public static TheoryData<string, string, Determination> Section66cCases => new()
    {
        { "Joint return: §66(c) does not apply", "", Determination.NotApplicable },
        { "Separate return in Texas, husband's wages, did not know: traditional", SeparateIn + "texas", Determination.MayQualify },
        { "Separate return in Wisconsin, she reported his income: equitable, streamlined", SeparateIn + "wisconsin; reported-community-income=yes", Determination.MayQualify },
        { "Separate return in California, knew of the income, still married, no hardship", SeparateIn + "california; knew-of-item=yes; marital-status=married-living-together; monthly-income=9000; monthly-basic-expenses=4000; significant-benefit=i-benefited; later-years-compliant=no", Determination.Unlikely },
        { "Separate return in Arizona, fraudulent scheme", SeparateIn + "arizona; knew-of-item=yes; fraudulent-transfer-scheme=yes", Determination.DoesNotQualify },
        { "Alaska opt-in community property: human review", SeparateIn + "opt-in-state", Determination.NeedMoreInformation },
        { "Puerto Rico: human review", SeparateIn + "territory", Determination.NeedMoreInformation },
        { "Separate return in a common-law state", SeparateIn + "none", Determination.NotApplicable },
        // Equitable §66(c): every Rev. Proc. 2013-34 §4.01 condition except #1 and #2 (rules.md §9.3).
        { "Not the other spouse's income and no exception (§4.01(7))", SeparateIn + "arizona; income-belongs-to-other-spouse=no; attribution-exception=none", Determination.DoesNotQualify },
        { "Not the other spouse's kind of income, but theirs only by community-property law: equitable goes on", SeparateIn + "arizona; income-belongs-to-other-spouse=no; attribution-exception=community-property-law", Determination.MayQualify },
        { "Not sure whether an exception fits", SeparateIn + "arizona; income-belongs-to-other-spouse=no; attribution-exception=not-sure", Determination.NeedMoreInformation },
        { "Knowingly signed a fraudulent return (§4.01(6))", SeparateIn + "wisconsin; reported-community-income=yes; knowingly-signed-fraudulent-return=yes", Determination.DoesNotQualify },
        { "Disqualified assets (§4.01(5)): partial", SeparateIn + "wisconsin; reported-community-income=yes; property-transferred-to-you=yes", Determination.MayQualifyPartial },
    };

    [Theory]
    [MemberData(nameof(Section66cCases))]
    public void Section66c_Case_HasExpectedOutcome(string name, string changes, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(changes));

        Assert.True(expected == result.Relief(ReliefType.CommunityProperty).Determination, name);
    }

    [Fact]
    public void Section66c_SeparateReturn_AllSection6015ReliefsNotApplicable()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(SeparateIn + "texas"));

        Assert.All(Section6015, r => Assert.Equal(Determination.NotApplicable, result.Relief(r).Determination));
        Assert.Contains(result.Relief(ReliefType.CommunityProperty).Caveats, c => c.Contains("Bernal", StringComparison.Ordinal));
    }

    [Fact]
    public void TraditionalWindow_BeforeTheActByDay_MayQualifyAndGivesTheDate()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(FiledOnTimeInTexas), new DateOnly(2024, 9, 1)).Relief(ReliefType.CommunityProperty);

        Assert.Equal(Determination.MayQualify, result.Determination);
        var window = Assert.Single(result.Reasons, s => s.Node.Value == "cp-traditional-window");
        Assert.Equal("Yes: file Form 8857 by October 15, 2024, 6 months before the IRS's usual 3 years to add tax for this year end (April 15, 2025).", window.Answer);
        Assert.Equal("§1.66-4(j)(2)(i)", window.Source.Locator);
    }

    [Fact]
    public void TraditionalWindow_SurelyPassedAndNothingExtendsIt_GoesOnToEquitableReliefNotTooLate()
    {
        var answers = Scenario.Baseline().Set(FiledOnTimeInTexas + "; irs-exam-started=no; assessment-time-extended=no; omitted-over-quarter-of-income=no");

        var result = Scenario.Evaluate(answers, new DateOnly(2026, 3, 1)).Relief(ReliefType.CommunityProperty);

        // Divorced, hardship, did not know: equitable §66(c) relief, streamlined (Rev. Proc. 2013-34 §4.02).
        Assert.Equal(Determination.MayQualify, result.Determination);
        Assert.StartsWith(EquitableSummary, result.Summary, StringComparison.Ordinal);
        var window = Assert.Single(result.Reasons, s => s.Node.Value == "cp-traditional-window");
        Assert.StartsWith("No: the deadline was October 18, 2024,", window.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Caveats, c => c.StartsWith("Traditional community-property relief is too late", StringComparison.Ordinal));
    }

    [Fact]
    public void TraditionalWindow_AuditLetterExpiredLongAgo_GoesOnToEquitableRelief()
    {
        var answers = Scenario.Baseline().Set(FiledOnTimeInTexas + "; irs-exam-started=yes; irs-exam-letter-date=2024-01-10; assessment-time-extended=no; omitted-over-quarter-of-income=no");

        var result = Scenario.Evaluate(answers, new DateOnly(2026, 3, 1)).Relief(ReliefType.CommunityProperty);

        Assert.StartsWith(EquitableSummary, result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void TraditionalWindow_SixYearPeriodAlsoPassed_GoesOnToEquitableRelief()
    {
        var answers = Scenario.Baseline().Set(FiledOnTimeInTexas + "; irs-exam-started=no; assessment-time-extended=no; omitted-over-quarter-of-income=yes");

        var result = Scenario.Evaluate(answers, new DateOnly(2027, 10, 19)).Relief(ReliefType.CommunityProperty);

        var window = Assert.Single(result.Reasons, s => s.Node.Value == "cp-traditional-window");
        Assert.Equal("No: even if the IRS has 6 years because more than a quarter of the income was left off, the deadline passed on October 18, 2027.", window.Answer);
        Assert.StartsWith(EquitableSummary, result.Summary, StringComparison.Ordinal);
    }

    // "Too late only when certain": an unknown or inexact start, or a period that may be longer, never gives
    // "too late"; the result says to file now and why.
    public static TheoryData<string, string, string, string> TraditionalWindowUncertainCases => new()
    {
        { "Filing date not known", "separate-return-filed-date=not-sure", "2026-03-01", "you weren't sure when you filed" },
        { "Between the April 15 and the §7503 due-date readings", "", "2024-10-16", "between October 15, 2024 and October 18, 2024, depending on how the due date" },
        { "Month of filing only", "separate-return-filed-date=2022-09", "2025-03-15", "between March 1, 2025 and March 31, 2025, depending on the day you filed" },
        { "Not sure whether an audit started", "irs-exam-started=not-sure", "2026-03-01", "You weren't sure whether an audit started." },
        { "Audit letter in the last 30 days", "irs-exam-started=yes; irs-exam-letter-date=2026-02-10", "2026-03-01", "30 days after its first letter: March 12, 2026" },
        { "Audit letter date not known", "irs-exam-started=yes; irs-exam-letter-date=not-sure", "2026-03-01", "you weren't sure of that letter's date" },
        { "Signed an extension or got a notice of deficiency", "irs-exam-started=no; assessment-time-extended=yes", "2026-03-01", "makes its time longer" },
        { "Not sure whether the period was extended", "irs-exam-started=no; assessment-time-extended=not-sure", "2026-03-01", "makes its time longer" },
        { "More than 25% left off: 6 years", "irs-exam-started=no; assessment-time-extended=no; omitted-over-quarter-of-income=yes", "2026-03-01", "the IRS has 6 years, and the deadline is then October 15, 2027" },
        { "Not sure whether more than 25% was left off", "irs-exam-started=no; assessment-time-extended=no; omitted-over-quarter-of-income=not-sure", "2026-03-01", "the IRS has 6 years" },
    };

    [Theory]
    [MemberData(nameof(TraditionalWindowUncertainCases))]
    public void TraditionalWindow_UncertainStartOrLength_NeverTooLate_SaysFileNowAndWhy(string name, string changes, string asOf, string why)
    {
        var answers = Scenario.Baseline().Set(FiledOnTimeInTexas + "; " + changes);

        var result = Scenario.Evaluate(answers, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).Relief(ReliefType.CommunityProperty);

        Assert.True(Determination.NeedMoreInformation == result.Determination, $"{name}: {result.Determination}");
        Assert.Contains("File Form 8857 (check the community-property box) now", result.Summary, StringComparison.Ordinal);
        var window = Assert.Single(result.Reasons, s => s.Node.Value == "cp-traditional-window");
        Assert.Contains(why, window.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Caveats, c => c.Contains("Treas. Reg. §1.66-4(j)", StringComparison.Ordinal));
    }

    [Fact]
    public void TraditionalWindow_FilingDateUnknownButEarlyEnough_MayQualify()
    {
        var answers = Scenario.Baseline().Set(FiledOnTimeInTexas + "; separate-return-filed-date=not-sure");

        var result = Scenario.Evaluate(answers, new DateOnly(2024, 10, 15)).Relief(ReliefType.CommunityProperty);

        Assert.Equal(Determination.MayQualify, result.Determination);
    }

    [Fact]
    public void TraditionalWindow_Interview_AsksOnlyTheFilingDateWhileSurelyInTime()
    {
        var truth = Scenario.Baseline().Set(FiledOnTimeInTexas + "; irs-exam-started=no; assessment-time-extended=no; omitted-over-quarter-of-income=no");

        var (_, asked) = Scenario.Interview(truth, new DateOnly(2024, 9, 1));

        Assert.Contains(asked, a => a.Key == "separate-return-filed-date");
        Assert.DoesNotContain(asked, a => a.Key is "irs-exam-started" or "irs-exam-letter-date" or "assessment-time-extended" or "omitted-over-quarter-of-income");
    }

    [Fact]
    public void TraditionalWindow_Interview_PastTheUsualDeadline_AsksWhatCouldMakeItLaterInOrder()
    {
        var truth = Scenario.Baseline().Set(FiledOnTimeInTexas + "; irs-exam-started=no; assessment-time-extended=no; omitted-over-quarter-of-income=no");

        var (_, asked) = Scenario.Interview(truth, new DateOnly(2026, 3, 1));

        var keys = asked.Select(a => a.Key).Where(k => k is "separate-return-filed-date" or "irs-exam-started" or "irs-exam-letter-date" or "assessment-time-extended" or "omitted-over-quarter-of-income");
        Assert.Equal(["separate-return-filed-date", "irs-exam-started", "assessment-time-extended", "omitted-over-quarter-of-income"], keys);
    }

    [Fact]
    public void Section66c_PartlyKnew_GoesToEquitableWithTheRegulationsReading()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(FiledOnTimeInTexas + "; knew-of-item=partly")).Relief(ReliefType.CommunityProperty);

        Assert.Contains(result.Caveats, c => c.Contains("§1.66-4(a)(2)(ii)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Reasons, s => s.Node.Value == "cp-traditional-window");
    }
}
