using System.Globalization;
using FluentValidation;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Interview;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Time;
using Microsoft.AspNetCore.Components;

namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>
/// The assisted intake (issue 14): the public interview's questions, worded for a clinic's helper, one screen per
/// section. A GET shows the section where the intake stands (or <c>?section=</c>): every question of it on the path for
/// the answers so far. A POST checks the answers with the public question page's validator, saves them in the case at
/// once (so a reload loses nothing), recomputes the case's summary (<see cref="CaseScreening"/>) and redirects: to the
/// same section when the answers brought new questions into it, else to where the intake stands, else to the case.
/// The questions are in the client's language: <c>?lang=</c> (the site's switch), by default the case's preferred language.
/// </summary>
public partial class IntakePage
{
    /// <summary>The form name of a section's answers.</summary>
    public const string AnswersForm = "intake";

    /// <summary>The form name of the tax years.</summary>
    public const string YearsForm = "intake-years";

    /// <summary>The <c>?section=</c> value of the tax years screen.</summary>
    public const string YearsSection = "years";

    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromQuery(Name = SiteLanguages.QueryKey)]
    private string? Lang { get; set; }

    [SupplyParameterFromQuery(Name = "section")]
    private string? SectionQuery { get; set; }

    [SupplyParameterFromQuery(Name = "more")]
    private string? More { get; set; }

    [SupplyParameterFromForm(FormName = YearsForm, Name = "years")]
    private string? Years { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private ClinicCases Cases { get; set; } = default!;

    [Inject]
    private AppToday Today { get; set; } = default!;

    [Inject]
    private IValidator<AnswerInput> Validator { get; set; } = default!;

    [Inject]
    private SiteLanguages Languages { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private StaffMember? _member;
    private OpenedCase? _case;
    private DateOnly _asOf;
    private InterviewFlow? _flow;
    private IntakeScreen? _screen;
    private IReadOnlyList<IntakeAnswer> _answers = [];
    private bool _showYears;
    private string? _yearsError;

    /// <summary>The intake's address for a case, in a language, at a section (null: where it stands).</summary>
    public static string Url(string caseId, string lang, string? section = null, bool more = false) =>
        $"/clinic/cases/{Uri.EscapeDataString(caseId)}/intake?{SiteLanguages.QueryKey}={Uri.EscapeDataString(lang)}"
        + (section is null ? "" : $"&section={Uri.EscapeDataString(section)}")
        + (more ? "&more=1" : "");

    /// <summary>The <c>?section=</c> value of a section.</summary>
    public static string Slug(InterviewSection section) => section.ToString().ToLowerInvariant();

    private string LangTag => SiteLanguages.Tag(Languages.Current(CultureInfo.CurrentUICulture));

    private string CaseUrl => $"/clinic/cases/{Uri.EscapeDataString(Id)}";

    private string PageUrl => Url(Id, LangTag, SectionQuery, More == "1");

    private InterviewSection? AskedSection =>
        SectionQuery is { Length: > 0 } s && !s.All(char.IsAsciiDigit) && Enum.TryParse<InterviewSection>(s, ignoreCase: true, out var section) ? section : null;

    private List<ErrorItem> Errors =>
        _showYears
            ? _yearsError is null ? [] : [new ErrorItem("years", _yearsError)]
            : [.. _answers.Where(a => a.Error is not null).Select(a => new ErrorItem(a.ErrorFieldId!, a.Error!))];

    protected override async Task OnInitializedAsync()
    {
        _member = HttpContext.User.StaffMember();
        var isPost = HttpMethods.IsPost(HttpContext.Request.Method);
        if (_member is null || await Cases.OpenAsync(_member, Id, isPost ? null : AuditActions.CaseViewed) is not { } opened)
        {
            Navigation.NotFound();
            return;
        }

        if (!isPost && Languages.FromQuery(HttpContext.Request) is null)
        {
            // The client's language: the case's preferred one until the helper picks another here.
            var preferred = Languages.Find(opened.Detail.Contact.PreferredLanguage) ?? Languages.Default;
            Navigation.NavigateTo(Url(Id, SiteLanguages.Tag(preferred), SectionQuery));
            return;
        }

        _case = opened;
        _asOf = Today.Date;
        Show(opened.Detail.Answers);
        if (isPost && _screen is not null && HttpContext.Request.HasFormContentType)
        {
            _answers = IntakeAnswer.Read(_screen, HttpContext.Request.Form);
        }
    }

    private void Show(ScreeningAnswers answers)
    {
        _flow = InterviewFlow.Walk(answers, _asOf);
        _showYears = _flow.NeedsYears || SectionQuery == YearsSection;
        _screen = _showYears ? null : IntakeScreen.For(answers, _asOf, AskedSection);
        _answers = _screen is null ? [] : IntakeAnswer.Load(_screen, answers);
        if (_showYears && !HttpMethods.IsPost(HttpContext.Request.Method))
        {
            Years = string.Join(", ", answers.TaxYears);
        }
    }

    private async Task SaveAnswersAsync()
    {
        if (_case is null || _screen is null || _member is null)
        {
            return;
        }

        var opened = _case;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (IntakeAnswer.Apply(_answers, Validator, opened.Detail.Answers, _asOf) is not { } candidate)
            {
                HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var walked = InterviewFlow.Walk(candidate, _asOf);
            var outcome = await SaveAsync(opened, candidate, walked, $"intake: section {Slug(_screen.Section)}");
            if (outcome == SaveOutcome.Saved)
            {
                Navigation.NavigateTo(NextUrl(candidate, walked));
                return;
            }

            // Another tab saved the case in between: these answers go on top of what it saved (other answers kept).
            if (outcome == SaveOutcome.NotFound || await Cases.OpenAsync(_member, Id, auditAction: null) is not { } newer)
            {
                Navigation.NotFound();
                return;
            }

            opened = newer;
        }

        HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
    }

    private async Task SaveYearsAsync()
    {
        if (_case is null || _member is null)
        {
            return;
        }

        var years = TaxYears.Parse(Years, _asOf, out var error);
        if (error is not null)
        {
            _yearsError = error;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var opened = _case;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var saved = opened.Detail.Answers;
            var kept = saved.Years.Where(y => years.Contains(y.Key)).ToDictionary(y => y.Key, y => (IReadOnlyDictionary<string, string>)y.Value);
            var answers = ScreeningAnswers.From(saved.Household, kept);
            foreach (var year in years)
            {
                answers = answers.WithTaxYear(year);
            }

            var walked = InterviewFlow.Walk(answers, _asOf);
            var outcome = await SaveAsync(opened, answers, walked, "intake: tax years");
            if (outcome == SaveOutcome.Saved)
            {
                Navigation.NavigateTo(walked.IsComplete ? CaseUrl : Url(Id, LangTag));
                return;
            }

            if (outcome == SaveOutcome.NotFound || await Cases.OpenAsync(_member, Id, auditAction: null) is not { } newer)
            {
                Navigation.NotFound();
                return;
            }

            opened = newer;
        }

        HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
    }

    // Saves the answers with the summary recomputed from them (CaseScreening: the one place deadlines are computed).
    private Task<SaveOutcome> SaveAsync(OpenedCase opened, ScreeningAnswers answers, InterviewFlow walked, string what)
    {
        var detail = opened.Detail with { Answers = answers };
        var summary = CaseScreening.Of(detail, _asOf).Summary(opened.Summary.Label, detail);
        var status = opened.Status == CaseStatus.Intake && walked.IsComplete ? CaseStatus.Screened : opened.Status;
        var updated = opened with { Detail = detail, Summary = summary, RulesRevision = CaseScreening.RulesRevision, Status = status };
        return Cases.SaveAsync(_member!, updated, what);
    }

    // New questions of the section shown (not among those just answered): the same section again. Else where the
    // intake stands; the case page once every question is answered.
    private string NextUrl(ScreeningAnswers candidate, InterviewFlow walked)
    {
        var section = _screen!.Section;
        var again = IntakeScreen.For(candidate, _asOf, section);
        if (again is not null && again.Questions.Any(q => !_screen.Questions.Any(shown => shown.Is(q.Question.Key.Value, q.TaxYear))))
        {
            return Url(Id, LangTag, Slug(section), more: true);
        }

        return walked.IsComplete ? CaseUrl : Url(Id, LangTag);
    }

    private static string YearCaption(int? taxYear) =>
        taxYear is { } year ? WebTexts.InterviewTaxYear.Replace("{0}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + ": " : "";
}
