using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Web.Api;

/// <summary>The body of <c>POST /api/v1/deadlines</c>; see docs/api.md.</summary>
public sealed class DeadlinesRequest
{
    /// <summary>The event, kebab-case, e.g. "letter4390", "final-determination".</summary>
    public string? Event { get; init; }

    /// <summary>The letter date, or the date of the event.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The postmark on the envelope (letters only).</summary>
    public DateOnly? Postmark { get; init; }

    /// <summary>A last day printed on the letter (letters only; for letter4390 use the two fields below).</summary>
    public DateOnly? PrintedDate { get; init; }

    /// <summary>Letter 4390: the last day printed for the 30-day collection (CDP) petition.</summary>
    public DateOnly? PrintedCdpPetitionDate { get; init; }

    /// <summary>Letter 4390: the last day printed for the 90-day innocent spouse petition.</summary>
    public DateOnly? PrintedInnocentSpousePetitionDate { get; init; }

    /// <summary>Letter 3172 (lien-notice): the date the lien was filed.</summary>
    public DateOnly? LienFilingDate { get; init; }

    /// <summary>Addressed to a person outside the United States (notice-of-deficiency only).</summary>
    public bool? AddressedOutsideUnitedStates { get; init; }

    /// <summary>The return's original due date (return-filed only).</summary>
    public DateOnly? ReturnDueDate { get; init; }

    /// <summary>Dates tax was paid (return-filed only).</summary>
    public DateOnly[]? PaymentDates { get; init; }

    /// <summary>The day to count days left from; no status is given without it.</summary>
    public DateOnly? AsOf { get; init; }
}

/// <summary>The answer of <c>POST /api/v1/deadlines</c>.</summary>
/// <param name="Event">The event's kebab-case name.</param>
/// <param name="EventName">The event in plain words.</param>
/// <param name="AsOf">The as-of date sent, if any.</param>
/// <param name="Deadlines">Every deadline the event starts, most urgent rule first.</param>
/// <param name="Notice">That this is not the IRS and not legal advice.</param>
public sealed record DeadlinesResponse(string Event, string EventName, DateOnly? AsOf, IReadOnlyList<DeadlineDto> Deadlines, string Notice);

/// <summary>One deadline with its working; field meanings in docs/api.md.</summary>
public sealed record DeadlineDto(
    string Id,
    DeadlineKind Kind,
    string Title,
    DateOnly? Date,
    string? Weekday,
    DateOnly? ActBy,
    bool IsLowerBound,
    bool IsTaxCourtPetition,
    bool CanBeExtended,
    string ExtensionNote,
    string FilingNote,
    string Rule,
    WorkingDto Working,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<AlternativeDto> Alternatives,
    IReadOnlyList<string> Caveats,
    StatusDto? Status)
{
    /// <summary>Maps a domain deadline.</summary>
    public static DeadlineDto From(Deadline d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.Kind, d.Title, d.Date, d.Date?.DayOfWeek.ToString(), d.ActBy, d.IsLowerBound, d.IsTaxCourtPetition,
            d.CanBeExtended, d.ExtensionNote, d.FilingNote, d.Rule,
            new WorkingDto(d.Working.Anchor, d.Working.Counted, d.Working.DayNumber,
                d.Working.Roll is { } roll ? [.. roll.Steps.Select(s => new RollStepDto(s.From, s.To, s.Reason))] : [],
                [.. d.Working.Lines]),
            [.. d.Sources.Select(SourceDto.From)],
            [.. d.Alternatives.Select(a => new AlternativeDto(a.Date, a.Reading))],
            [.. d.Caveats],
            d.Status is { } s ? new StatusDto(s.AsOf, s.Days, s.Text) : null);
    }
}

/// <summary>How the date was reached.</summary>
public sealed record WorkingDto(DateOnly? Anchor, DateOnly? Counted, int? DayNumber, IReadOnlyList<RollStepDto> RollSteps, IReadOnlyList<string> Lines);

/// <summary>One §7503 roll-forward step.</summary>
public sealed record RollStepDto(DateOnly From, DateOnly To, string Reason);

/// <summary>A citation.</summary>
public sealed record SourceDto(string Display, string Document, string Revision, string Locator, string? Link)
{
    /// <summary>Maps a domain citation.</summary>
    public static SourceDto From(SourceRef s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Display, s.Document, s.Revision, s.Locator, s.Link);
    }
}

/// <summary>Another reading of the rule that gives another date.</summary>
public sealed record AlternativeDto(DateOnly Date, string Reading);

/// <summary>Days left or passed on the as-of date.</summary>
public sealed record StatusDto(DateOnly AsOf, int Days, string Text);
