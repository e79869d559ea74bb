using FluentValidation;
using InnocentSpouse.Domain.Letters;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Forms;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Time;
using Microsoft.AspNetCore.Components;

namespace InnocentSpouse.Web.Letters;

/// <summary>
/// <c>/letters/{id}</c>: one letter explained, and a GET form for its dates, so a TAS link like
/// <c>/letters/4390</c> works and a reload or Back keeps what was entered. Unknown ids get the 404 page.
/// </summary>
public partial class LetterPage
{
    /// <summary>The letter id from the URL.</summary>
    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private IValidator<DeadlineForm> Validator { get; set; } = default!;

    [Inject]
    private AppToday Today { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private LetterEntry? Letter { get; set; }

    private DeadlineFormState State { get; set; } = default!;

    private string PagePath => $"/letters/{Letter?.Id}";

    private string CurrentUrl => "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('#')[0];

    private string ClockAnswer => Letter!.TwoYearClock.Starts switch
    {
        ClockStart.Yes => WebTexts.LettersYes,
        ClockStart.No => WebTexts.LettersNo,
        _ => WebTexts.LetterClockUncertain,
    };

    private SummaryListRow[] Facts =>
    [
        new(WebTexts.LetterWhoGetsIt, Letter!.WhoGetsIt),
        new(WebTexts.LetterStage, $"{ProcessStages.Of(Letter.Stage).Code}. {ProcessStages.Of(Letter.Stage).Title}"),
    ];

    private ProcessListItem[] Stages =>
        [.. ProcessStages.Ordered.Select(s => new ProcessListItem($"{s.Code}. {s.Title}", s.Description, s.Stage == Letter!.Stage))];

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        Letter = LetterCatalog.ById(Id ?? "");
        if (Letter is null)
        {
            Navigation.NotFound();
            return;
        }

        var query = HttpContext?.Request.Query ?? new QueryCollection();
        var form = DeadlineForm.FromQuery(query, EventTypes.NameOf(Letter.DeadlineEvent));
        State = DeadlineFormState.Evaluate(form, Validator, Today.Date);
    }
}
