using System.Text.RegularExpressions;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Interview;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Time;
using Microsoft.AspNetCore.Components;

namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>
/// Import (issue 14): a taxpayer's read-only share link or resume code becomes a new case, with their consent, which
/// the page asks staff to confirm. The answers are read the way the shared page and the resume page read them
/// (<see cref="CaseImport"/>) and stored in the case, sealed under the clinic's key (<see cref="ClinicCases.CreateAsync"/>,
/// <see cref="AuditActions.CaseImported"/>); the taxpayer's own session is not changed. The names go through the
/// conflict check first, with a warning to confirm. The POST is rate-limited (it tries codes).
/// </summary>
public sealed partial class ImportPage
{
    /// <summary>The form name.</summary>
    public const string FormName = "import";

    /// <summary>The page's address.</summary>
    public const string Path = "/clinic/cases/import";

    [SupplyParameterFromForm(FormName = FormName, Name = "source")]
    private string? Source { get; set; }

    [SupplyParameterFromForm(FormName = FormName, Name = "consent")]
    private string? Consent { get; set; }

    [SupplyParameterFromForm(FormName = FormName, Name = "label")]
    private string? Label { get; set; }

    [SupplyParameterFromForm(FormName = FormName, Name = "client-name")]
    private string? ClientName { get; set; }

    [SupplyParameterFromForm(FormName = FormName, Name = "other-spouse")]
    private string? OtherSpouse { get; set; }

    /// <summary>The matches the warning showed (<see cref="Signature"/>), sent back with the confirmation.</summary>
    [SupplyParameterFromForm(FormName = FormName, Name = "seen")]
    private string? SeenPosted { get; set; }

    [SupplyParameterFromForm(FormName = FormName, Name = "confirm")]
    private string? Confirm { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private CaseImport Import { get; set; } = default!;

    [Inject]
    private ClinicCases Cases { get; set; } = default!;

    [Inject]
    private AppToday Today { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private readonly List<ErrorItem> _errors = [];
    private IReadOnlyList<ConflictMatch> _conflicts = [];

    // Nine digits, with or without dashes or spaces: an SSN, ITIN or EIN (never stored).
    [GeneratedRegex(@"^\s*\d{2,3}[\s-]?\d{2}[\s-]?\d{4}\s*$")]
    private static partial Regex TaxIdLike();

    private string Seen => Signature(_conflicts);

    /// <summary>The matches a warning shows, as one string: the case ids and which sides matched.</summary>
    public static string Signature(IEnumerable<ConflictMatch> matches) =>
        string.Join(",", matches.Select(m => $"{m.CaseId}:{(int)m.NewParty}{(int)m.ExistingParty}").Order(StringComparer.Ordinal));

    private string? ErrorFor(string field) => _errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    private static string PartyName(ConflictParty party) =>
        party == ConflictParty.Client ? WebTexts.ClinicImportConflictPartyClient : WebTexts.ClinicImportConflictPartyOtherSpouse;

    private async Task ImportAsync()
    {
        if (HttpContext.User.StaffMember() is not { } member)
        {
            Navigation.NotFound();
            return;
        }

        // Every field is checked first, so one POST shows every problem; the link or code is tried only when the rest is right.
        if (string.IsNullOrWhiteSpace(Source))
        {
            _errors.Add(new ErrorItem("source", WebTexts.ClinicImportSourceMissing));
        }
        else if (CaseImport.Parse(Source) is null)
        {
            _errors.Add(new ErrorItem("source", WebTexts.ClinicImportWrongFormat));
        }

        if (Consent != "yes")
        {
            _errors.Add(new ErrorItem("consent", WebTexts.ClinicImportConsentRequired));
        }

        if (string.IsNullOrWhiteSpace(Label))
        {
            _errors.Add(new ErrorItem("label", WebTexts.ClinicImportLabelRequired));
        }
        else if (TaxIdLike().IsMatch(Label))
        {
            _errors.Add(new ErrorItem("label", WebTexts.ClinicImportLabelNotNumber));
        }

        if (string.IsNullOrWhiteSpace(ClientName))
        {
            _errors.Add(new ErrorItem("client-name", WebTexts.ClinicImportClientNameRequired));
        }

        if (_errors.Count > 0)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var (answers, problem) = await Import.OpenAsync(Source);
        if (answers is null)
        {
            _errors.Add(new ErrorItem("source", Message(problem)));
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (answers.Years.IsEmpty)
        {
            // Nothing to screen yet (the taxpayer stopped before the tax years).
            _errors.Add(new ErrorItem("source", WebTexts.ClinicImportNoYears));
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // The conflict check runs on every try (and is audited each time). Matches are shown, and the import goes ahead
        // only when the helper confirms the very matches shown (a new match is shown again).
        _conflicts = await Cases.CheckConflictsAsync(member, ClientName!.Trim(), OtherSpouse?.Trim() ?? "");
        if (_conflicts.Count > 0 && (SeenPosted != Seen || Confirm != "yes"))
        {
            if (SeenPosted == Seen)
            {
                _errors.Add(new ErrorItem("confirm", WebTexts.ClinicImportConflictConfirmRequired));
            }

            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        var asOf = Today.Date;
        var detail = new CaseDetail(ClientName.Trim(), null, OtherSpouse?.Trim() ?? "", null, SafeContact.Unknown, answers, []);
        var summary = CaseScreening.Of(detail, asOf).Summary(Label!.Trim(), detail);
        var status = InterviewFlow.Walk(answers, asOf).IsComplete ? CaseStatus.Screened : CaseStatus.Intake;
        var id = await Cases.CreateAsync(member, status, member.UserId, CaseScreening.RulesRevision, summary, detail, AuditActions.CaseImported);
        Navigation.NavigateTo($"/clinic/cases/{Uri.EscapeDataString(id)}");
    }

    private static string Message(ImportProblem problem) => problem switch
    {
        ImportProblem.Missing => WebTexts.ClinicImportSourceMissing,
        ImportProblem.LinkExpired => WebTexts.ClinicImportLinkExpired,
        ImportProblem.LinkRevoked => WebTexts.ClinicImportLinkRevoked,
        ImportProblem.LinkNotFound => WebTexts.ClinicImportLinkNotFound,
        ImportProblem.CodeExpired => WebTexts.ClinicImportCodeExpired,
        ImportProblem.CodeNotFound => WebTexts.ClinicImportCodeNotFound,
        ImportProblem.AnswersGone => WebTexts.ClinicImportAnswersGone,
        _ => WebTexts.ClinicImportWrongFormat,
    };
}
