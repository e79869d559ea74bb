using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// Finds dates that cannot all be right together, before any deadline is computed from them. The site shows each
/// problem as an error linked to its box; the API answers 400 with the problem at its JSON field.
/// </summary>
/// <remarks>
/// <para>Why: a typo such as a postmark in 1996 for a 2026 letter would otherwise give a deadline "passed" decades
/// ago, and a printed last day typed into the wrong box of Letter 4390 would hide the day 31–90 window. These are
/// questions back to the user, not warnings beside a date.</para>
/// <para>Thresholds (docs/deadlines.md §5), chosen wide enough for every real case in the sources:</para>
/// <list type="bullet">
/// <item>Postmark more than <see cref="PostmarkMaxDaysBeforeLetter"/> days before the letter date (Nutt and Sanders
/// letters were mailed 4 days early), or more than <see cref="PostmarkMaxDaysAfterLetter"/> days after it.</item>
/// <item>A printed last day on or before the letter date, or more than <see cref="PrintedMaxDaysBeyondPeriod"/>
/// days beyond the letter's own period (30, 90 or 150 days; 60 for a reply date).</item>
/// <item>Letter 4390: a printed date given without saying which deadline it is for; a collection (CDP) date more
/// than <see cref="Letter4390SplitDays"/> days after the letter, or an innocent spouse date fewer than
/// <see cref="Letter4390SplitDays"/> days after it (each is probably the other deadline's date).</item>
/// <item>A lien filing date more than <see cref="LienFilingMaxDaysFromLetter"/> days before or after the Letter 3172
/// date (the letter is due within 5 business days of the filing; one case in the sources had it 33 days early).</item>
/// <item>A return's due date more than <see cref="ReturnDueMaxDaysAfterFiling"/> days after the day it was filed.</item>
/// </list>
/// </remarks>
public static class DeadlineInputChecks
{
    /// <summary>How many days before the letter date a postmark may be.</summary>
    public const int PostmarkMaxDaysBeforeLetter = 30;

    /// <summary>How many days after the letter date a postmark may be.</summary>
    public const int PostmarkMaxDaysAfterLetter = 90;

    /// <summary>How many days beyond the letter's own period a printed last day may be.</summary>
    public const int PrintedMaxDaysBeyondPeriod = 60;

    /// <summary>Letter 4390: the day count after the letter that separates a 30-day date from a 90-day date.</summary>
    public const int Letter4390SplitDays = 60;

    /// <summary>How many days a lien filing date may be from the Letter 3172 date, either way.</summary>
    public const int LienFilingMaxDaysFromLetter = 90;

    /// <summary>How many days after the filing date a return's due date may be.</summary>
    public const int ReturnDueMaxDaysAfterFiling = 366;

    /// <summary>The problems with <paramref name="evt"/>'s dates taken together; empty when they make sense.</summary>
    public static ImmutableArray<DeadlineInputProblem> Check(DeadlineEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        var problems = ImmutableArray.CreateBuilder<DeadlineInputProblem>();
        var letter = evt.Date;
        if (evt.Postmark is { } postmark)
        {
            var before = DaysBetween(postmark, letter);
            if (before > PostmarkMaxDaysBeforeLetter)
            {
                problems.Add(new(DeadlineInput.Postmark,
                    DeadlineText.Format("input.postmark-before", "The postmark is {0} days before the date on the letter. The IRS mails a letter at most a few days before its date. "
                    + "Check the day, month and year of both dates.", Dates.Num(before))));
            }
            else if (-before > PostmarkMaxDaysAfterLetter)
            {
                problems.Add(new(DeadlineInput.Postmark,
                    DeadlineText.Format("input.postmark-after", "The postmark is more than {0} days after the date on the letter. Check both dates. "
                    + "If they are right, leave the postmark blank: we then count from the letter date, which is earlier.", Dates.Num(PostmarkMaxDaysAfterLetter))));
            }
        }

        if (evt.Type == DeadlineEventType.Letter4390)
        {
            CheckLetter4390(evt, problems);
        }
        else if (evt.PrintedDate is { } printed && PrintedPeriod(evt) is { } period)
        {
            CheckPrinted(letter, printed, period, DeadlineInput.PrintedDate, DeadlineText.Get("input.what.printed", "The last day printed on the letter"), problems);
        }

        if (evt.Type == DeadlineEventType.LienNotice && evt.LienFilingDate is { } filed && Math.Abs(DaysBetween(filed, letter)) > LienFilingMaxDaysFromLetter)
        {
            var days = DaysBetween(filed, letter);
            problems.Add(new(DeadlineInput.LienFilingDate,
                days > 0
                    ? DeadlineText.Format("input.lien-filed-before", "The lien filing date is {0} days before the date on the letter. "
                        + "The IRS sends Letter 3172 within 5 business days after it files the lien, so check both dates. "
                        + "If they are right, leave the lien filing date blank and enter the last day printed on the letter.", Dates.Num(days))
                    : DeadlineText.Format("input.lien-filed-after", "The lien filing date is {0} days after the date on the letter. "
                        + "The IRS sends Letter 3172 within 5 business days after it files the lien, so check both dates. "
                        + "If they are right, leave the lien filing date blank and enter the last day printed on the letter.", Dates.Num(-days))));
        }

        if (evt.Type == DeadlineEventType.ReturnFiled && evt.ReturnDueDate is { } due && DaysBetween(letter, due) > ReturnDueMaxDaysAfterFiling)
        {
            problems.Add(new(DeadlineInput.ReturnDueDate,
                DeadlineText.Get("input.due-date", "The due date is more than a year after the day the return was filed. A return cannot be filed that early. Check both dates.")));
        }

        return problems.ToImmutable();
    }

    private static void CheckLetter4390(DeadlineEvent evt, ImmutableArray<DeadlineInputProblem>.Builder problems)
    {
        var letter = evt.Date;
        if (evt.PrintedDate is not null)
        {
            problems.Add(new(DeadlineInput.PrintedDate,
                DeadlineText.Get("input.letter4390-which", "Letter 4390 has two deadlines. Say which one the printed date is for: the collection (CDP) petition (30 days) "
                + "or the innocent spouse petition (90 days). You can enter both.")));
        }

        if (evt.PrintedCdpPetitionDate is { } cdp
            && CheckPrinted(letter, cdp, 30, DeadlineInput.PrintedCdpPetitionDate,
                DeadlineText.Get("input.what.printed-cdp", "The printed last day for the collection (CDP) petition"), problems)
            && DaysBetween(letter, cdp) > Letter4390SplitDays)
        {
            problems.Add(new(DeadlineInput.PrintedCdpPetitionDate,
                DeadlineText.Format("input.letter4390-cdp-late", "The collection (CDP) petition has 30 days, so its printed last day is about 30 days after the letter. This date is "
                + "{0} days after it. Is it the innocent spouse (90-day) date? Then enter it in that box instead.", Dates.Num(DaysBetween(letter, cdp)))));
        }

        if (evt.PrintedInnocentSpousePetitionDate is { } innocent
            && CheckPrinted(letter, innocent, 90, DeadlineInput.PrintedInnocentSpousePetitionDate,
                DeadlineText.Get("input.what.printed-6015", "The printed last day for the innocent spouse petition"), problems)
            && DaysBetween(letter, innocent) < Letter4390SplitDays)
        {
            problems.Add(new(DeadlineInput.PrintedInnocentSpousePetitionDate,
                DeadlineText.Format("input.letter4390-6015-early", "The innocent spouse petition has 90 days, so its printed last day is about 90 days after the letter. This date is only "
                + "{0} days after it. Is it the collection (30-day) date? Then enter it in that box instead.", Dates.Num(DaysBetween(letter, innocent)))));
        }
    }

    /// <summary>Adds a problem when a printed date is on or before the letter or far beyond its period; true when it is fine.</summary>
    private static bool CheckPrinted(DateOnly letter, DateOnly printed, int period, DeadlineInput input, string what,
        ImmutableArray<DeadlineInputProblem>.Builder problems)
    {
        var after = DaysBetween(letter, printed);
        if (after <= 0)
        {
            problems.Add(new(input,
                DeadlineText.Format("input.printed-not-after-letter", "{0} cannot be on or before the date of the letter. Check both dates: the date on the letter is the one at the top, "
                + "and the last day is later.", what)));
            return false;
        }

        if (after > period + PrintedMaxDaysBeyondPeriod)
        {
            problems.Add(new(input,
                DeadlineText.Format("input.printed-too-late", "{0} is {1} days after the letter's date, but this period is {2} days. Check the date. "
                + "If the letter prints no such date, leave this box blank.", what, Dates.Num(after), Dates.Num(period))));
            return false;
        }

        return true;
    }

    /// <summary>The period a printed date on this letter stands for, or null when the calculator does not use one.</summary>
    private static int? PrintedPeriod(DeadlineEvent evt) => evt.Type switch
    {
        DeadlineEventType.FinalDetermination or DeadlineEventType.Letter4439 or DeadlineEventType.NoConsideration => 90,
        DeadlineEventType.PreliminaryDetermination or DeadlineEventType.CdpLevyNotice or DeadlineEventType.LienNotice
            or DeadlineEventType.CdpDetermination => 30,
        DeadlineEventType.NoticeOfDeficiency => evt.AddressedOutsideUnitedStates ? 150 : 90,
        DeadlineEventType.InformationRequest => 60,
        _ => null,
    };

    private static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
