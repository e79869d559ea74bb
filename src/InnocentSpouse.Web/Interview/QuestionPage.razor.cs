using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace InnocentSpouse.Web.Interview;

/// <summary>
/// One question per page. GET shows the question the engine asks (or one already on the walked path);
/// POST validates, saves the answer at once and redirects (Post/Redirect/Get) to the next page.
/// </summary>
public partial class QuestionPage
{
    [Parameter]
    public string Key { get; set; } = "";

    [Parameter]
    public int? TaxYear { get; set; }

    /// <summary>"answers" when the person came from check-your-answers.</summary>
    [SupplyParameterFromQuery(Name = "returnTo")]
    public string? ReturnTo { get; set; }

    [SupplyParameterFromForm(FormName = AnswerFields.FormName)]
    private AnswerInput? Input { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private InterviewService Interviews { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private InterviewState? _state;
    private Question? _question;
    private EditContext _editContext = default!;
    private readonly List<ErrorItem> _extraErrors = [];

    /// <summary>
    /// True on a POST until the page is to be shown again (errors or a conflict). Static rendering draws the page before
    /// it runs the form's handler, and again after it; when the answer is saved both drawings are thrown away (a
    /// redirect), so they leave out the back link, the one part that needs the path from before, and a POST walks once.
    /// </summary>
    private bool _postPending;

    private string PageUrl => InterviewFlow.QuestionUrl(Key, TaxYear) + (ReturnTo == "answers" ? "?returnTo=answers" : "");

    private string BackHref => ReturnTo == "answers" ? InterviewFlow.CheckAnswersUrl : _state!.Flow.BackFrom(Key, TaxYear);

    private List<ErrorItem> Errors =>
    [
        .. _editContext.GetValidationMessages(_editContext.Field(nameof(AnswerInput.Value))).Select(m => new ErrorItem(AnswerFields.ValueId, m)),
        .. DateErrors.Select(e => new ErrorItem(AnswerFields.IdFor(e.Property), e.Message)),
        .. _extraErrors,
    ];

    private IEnumerable<(string Property, string Message)> DateErrors =>
        new[] { nameof(AnswerInput.Day), nameof(AnswerInput.Month), nameof(AnswerInput.Year) }
            .SelectMany(p => _editContext.GetValidationMessages(_editContext.Field(p)).Select(m => (p, m)));

    private string? DateMessage => DateErrors.Select(e => e.Message).Concat(_extraErrors.Select(e => e.Message)).FirstOrDefault();

    private string? DateErrorField => DateErrors.Select(e => e.Property.ToLowerInvariant()).FirstOrDefault();

    private string? MessageFor(string property) =>
        _editContext.GetValidationMessages(_editContext.Field(property)).Concat(_extraErrors.Select(e => e.Message)).FirstOrDefault();

    protected override async Task OnInitializedAsync()
    {
        _state = await Interviews.LoadAsync(HttpContext);
        if (_state is null)
        {
            Navigation.NavigateTo("/interview");
            return;
        }

        if (!QuestionCatalog.TryGet(Key, out var question)
            || (question.Scope == QuestionScope.Year) != TaxYear.HasValue
            || (TaxYear is { } year && !_state.Session.Answers.Years.ContainsKey(year)))
        {
            Navigation.NotFound();
            return;
        }

        // A posted answer is checked against the path in SaveAsync (or Invalid), from one walk of the answers with it.
        _postPending = HttpMethods.IsPost(HttpContext.Request.Method);
        if (!_postPending && !_state.Flow.CanShow(Key, TaxYear))
        {
            // Not on the current path: go where the interview stands now.
            Navigation.NavigateTo(_state.Flow.CurrentUrl);
            return;
        }

        _question = question;
        if (Input is null)
        {
            var saved = _state.Session.Answers.Get(question, TaxYear ?? 0);
            Input = new AnswerInput { Question = question, Shown = saved ?? "" };
            Input.Load(saved);
        }

        Input.Question = question;
        _editContext = new EditContext(Input);
    }

    private void Invalid()
    {
        _postPending = false;
        if (_state is not null && !_state.Flow.CanShow(Key, TaxYear))
        {
            // A form posted for a question that is not on the path: go where the interview stands, as a GET would.
            Navigation.NavigateTo(_state.Flow.CurrentUrl);
            return;
        }

        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    private async Task SaveAsync()
    {
        if (_state is null || _question is null || Input is null)
        {
            return;
        }

        var value = Input.ToInvariant();
        var candidate = _state.Session.Answers.With(_question, value, TaxYear);
        var problems = ScreeningAnswersValidator.Validate(candidate, _state.AsOf)
            .Where(p => p.Key == _question.Key.Value && p.TaxYear == TaxYear)
            .ToList();
        if (problems.Count > 0)
        {
            // The domain's own check is the last gate (e.g. a date after today, or a month after this one).
            _extraErrors.AddRange(problems.Select(p => _question.Kind != AnswerKind.Date
                ? new ErrorItem(AnswerFields.ValueId, WebTexts.AnswerSelectShown)
                : DateFields.FutureError(AnswerFields.DatePrefix, Input.IsMonthOnly)));
            Invalid();
            return;
        }

        // A POST walks once: the answers with this one. The walk asks this question exactly when the walk of the answers
        // from before reached it (both treat the answer as unknown until it is asked, so they agree up to that point);
        // only if it does not (an earlier step that read the new answer took another branch) is the path from before
        // walked too, to accept the answer as before.
        var walked = InterviewFlow.Walk(candidate, _state.AsOf);
        if (!walked.Asked.Any(a => a.Is(Key, TaxYear)) && !_state.Flow.CanShow(Key, TaxYear))
        {
            Navigation.NavigateTo(_state.Flow.CurrentUrl);
            return;
        }

        var before = _state;
        var result = await Interviews.SaveAnswerAsync(_state, _question, TaxYear, value, Input.Shown, candidate);
        if (result.Session is not { } saved)
        {
            Navigation.NavigateTo("/interview");
            return;
        }

        if (result.Conflict)
        {
            // Another tab changed this answer after this page was shown: show what is saved now and ask again.
            var now = saved.Answers.Get(_question, TaxYear ?? 0);
            Input = new AnswerInput { Question = _question, Shown = now ?? "" };
            Input.Load(now);
            _editContext = new EditContext(Input);
            _extraErrors.Add(new ErrorItem(
                _question.Kind == AnswerKind.Date ? AnswerFields.IdFor(nameof(AnswerInput.Day)) : AnswerFields.ValueId,
                WebTexts.InterviewChangedElsewhere.Replace("{0}", now is null ? WebTexts.InterviewNoAnswer : _question.Display(now), StringComparison.Ordinal)));
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            _postPending = false;
            return;
        }

        // Saved as the walked answers unless another tab saved something in between.
        var after = _state.With(saved, ReferenceEquals(saved.Answers, candidate) ? walked : null).Flow;
        Navigation.NavigateTo(NextUrl(before, after));
    }

    /// <summary>
    /// From check-your-answers: back there once the interview is complete (marking the answer if it changed
    /// a result). Otherwise: the next question on the walked path, even one already answered, so Continue
    /// after Back steps forward one page at a time.
    /// </summary>
    private string NextUrl(InterviewState before, InterviewFlow after)
    {
        if (ReturnTo == "answers" && after.IsComplete)
        {
            // Only here is the path from before needed (walked now, unless the checks above already did).
            var changed = before.Flow.IsComplete && !SameOutcomes(before.Flow, after);
            return changed ? $"{InterviewFlow.CheckAnswersUrl}?changed={Uri.EscapeDataString(AnswerId(Key, TaxYear))}" : InterviewFlow.CheckAnswersUrl;
        }

        var index = after.Asked.ToList().FindIndex(a => a.Is(Key, TaxYear));
        if (index >= 0 && index + 1 < after.Asked.Length && ReturnTo != "answers")
        {
            return after.Asked[index + 1].Url;
        }

        return after.Next is { } next ? next.Url + (ReturnTo == "answers" ? "?returnTo=answers" : "") : InterviewFlow.CheckAnswersUrl;
    }

    private static bool SameOutcomes(InterviewFlow a, InterviewFlow b) =>
        a.Result.Years.SelectMany(y => y.Reliefs.Select(r => (y.TaxYear, r.Relief, r.Determination)))
            .SequenceEqual(b.Result.Years.SelectMany(y => y.Reliefs.Select(r => (y.TaxYear, r.Relief, r.Determination))));

    /// <summary>The marker for one answer in check-your-answers links, e.g. "2021:knew-of-item".</summary>
    public static string AnswerId(string key, int? taxYear) => taxYear is { } y ? $"{y}:{key}" : key;
}
