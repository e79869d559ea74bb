namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// Whether the IRS action the person named starts the §6015(b)/(c) 2-year clock, and so which calculator event shows
/// its date. The charts route the same answers the same way (Figure A/B Decision (2) in <c>SharedSteps.TwoYearClock</c>:
/// a sure start goes to the 2-year window, anything else to the protective window); a test ties the two together.
/// </summary>
public static class TwoYearClockEvent
{
    /// <summary>
    /// The calculator event for a <c>first-collection-action</c> answer (with <c>offset-notice-described-relief</c> for an
    /// offset): <see cref="DeadlineEventType.FirstCollectionActivity"/> when the action surely starts the clock (Treas.
    /// Reg. §1.6015-5(b)(2)(ii)), <see cref="DeadlineEventType.RefundOffsetNotice"/> (a protective date) for an offset whose
    /// notice may not have described relief (McGee), and null when no 2-year date should be shown as a last day: a CP504,
    /// a lien notice or an unknown letter (docs/adr/0008-too-late-only-when-certain.md).
    /// </summary>
    /// <param name="action">The <c>first-collection-action</c> answer.</param>
    /// <param name="offsetNoticeDescribedRelief">The <c>offset-notice-described-relief</c> answer, for an offset.</param>
    public static DeadlineEventType? EventFor(string? action, string? offsetNoticeDescribedRelief) => action switch
    {
        "levy-hearing-notice" or "collection-lawsuit" or "court-claim" => DeadlineEventType.FirstCollectionActivity,
        "refund-offset" when offsetNoticeDescribedRelief == "yes" => DeadlineEventType.FirstCollectionActivity,
        "refund-offset" => DeadlineEventType.RefundOffsetNotice,
        _ => null,
    };
}
