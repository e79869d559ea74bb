using System.Collections.Immutable;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Letters;

/// <summary>Where a letter falls in the innocent spouse process (letters-deadlines.md §1).</summary>
public enum ProcessStage
{
    /// <summary>A. A balance is left unpaid or the IRS proposes more tax.</summary>
    LiabilityArises = 1,

    /// <summary>B. Notices of intent to levy, lien filings, refund offsets.</summary>
    Collection,

    /// <summary>C. Form 8857 is filed; the IRS contacts both spouses.</summary>
    Request,

    /// <summary>D. The IRS proposes full, partial or no relief.</summary>
    PreliminaryDetermination,

    /// <summary>E. The IRS (CCISO) or Appeals decides.</summary>
    FinalDetermination,

    /// <summary>F. The requesting spouse petitions the Tax Court.</summary>
    Court,

    /// <summary>CDP path: relief requested inside a Collection Due Process hearing.</summary>
    CollectionDueProcess,
}

/// <summary>One stage of the process, for the process list shown with each letter.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Code">"A" to "F", or "CDP".</param>
/// <param name="Title">Short title.</param>
/// <param name="Description">What happens at this stage.</param>
public sealed record StageInfo(ProcessStage Stage, string Code, string Title, string Description)
{
    private readonly string _title = Title;
    private readonly string _description = Description;

    /// <summary>The title in the current UI culture (key <c>letter.stage.&lt;Stage&gt;.title</c>).</summary>
    public string Title { get => DomainText.Get($"letter.stage.{Stage}.title", _title); init => _title = value; }

    /// <summary>The description in the current UI culture (key <c>letter.stage.&lt;Stage&gt;.description</c>).</summary>
    public string Description { get => DomainText.Get($"letter.stage.{Stage}.description", _description); init => _description = value; }

    /// <summary>The text keys with their English, for the completeness tests.</summary>
    public IEnumerable<(string Key, string English)> TextKeys() =>
        [($"letter.stage.{Stage}.title", _title), ($"letter.stage.{Stage}.description", _description)];
}

/// <summary>The ordered list of stages.</summary>
public static class ProcessStages
{
    /// <summary>The stages in process order, A to F, then the CDP path.</summary>
    public static ImmutableArray<StageInfo> Ordered { get; } =
    [
        new(ProcessStage.LiabilityArises, "A", "Liability arises", "A balance is left unpaid on a joint return, or the IRS proposes more tax."),
        new(ProcessStage.Collection, "B", "Collection", "The IRS sends notices of intent to levy, files a lien, or keeps a refund."),
        new(ProcessStage.Request, "C", "Request", "You file Form 8857. The IRS must tell the other spouse and let them take part."),
        new(ProcessStage.PreliminaryDetermination, "D", "Preliminary determination", "The IRS proposes full, partial or no relief and tells both spouses. Either may appeal on Form 12509 within 30 days."),
        new(ProcessStage.FinalDetermination, "E", "Final determination", "The IRS or the IRS Independent Office of Appeals decides."),
        new(ProcessStage.Court, "F", "Tax Court", "The requesting spouse may petition the Tax Court within 90 days of the final determination, or after 6 months with no decision."),
        new(ProcessStage.CollectionDueProcess, "CDP", "Collection Due Process path", "Relief asked for inside a CDP or equivalent hearing, decided by Appeals in Letter 4390 or 4439. A CDP hearing without a relief request ends with Letter 3193."),
    ];

    /// <summary>The description of one stage.</summary>
    public static StageInfo Of(ProcessStage stage) => Ordered.Single(s => s.Stage == stage);
}
