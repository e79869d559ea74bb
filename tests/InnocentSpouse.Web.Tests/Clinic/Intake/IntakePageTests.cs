using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic;
using InnocentSpouse.Web.Clinic.Intake;
using InnocentSpouse.Web.Interview;
using InnocentSpouse.Web.Tests.Interview;
using InnocentSpouse.Web.Tests.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Intake;

/// <summary>
/// The assisted intake at <c>/clinic/cases/{id}/intake</c> (issue 14): one screen per section with the public
/// interview's questions on the path, the public validator's messages, answers saved in the case on every POST, the
/// summary recomputed, the client's language.
/// </summary>
public sealed partial class IntakePageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = 2023;

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [GeneratedRegex("href=\"[^\"#]*#([^\"]+)\">([^<]*)</a>")]
    private static partial Regex SummaryLink();

    [Fact]
    public async Task SectionScreen_ShowsExactlyTheScreensQuestions_WorkedOutFromThePath()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var answers = IntakePlay.Play(Truths.FigureA(), factory.Today, Year, next => next.Question.Section == InterviewSection.Knowledge);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, answers: answers);
        var expected = IntakeScreen.For(answers, factory.Today)!;

        var (status, html, _) = await new IntakeDriver(client, id).GetAsync(IntakePage.Url(id, "en"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(InterviewSection.Knowledge, expected.Section);
        Assert.Equal([.. expected.Questions.Select(q => IntakeAnswer.IdOf(q))], IntakeDriver.FieldIds(html));
        Assert.Contains($"<h1>{AssistedText.Section(InterviewSection.Knowledge)}</h1>", html, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(html);
        Assert.All(expected.Questions, q => Assert.Contains(q.Question.AssistedPrompt, text, StringComparison.Ordinal));
        Assert.All(expected.Questions.Where(q => !q.Question.AssistedPromptIsPublic), q => Assert.DoesNotContain(q.Question.Prompt, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoLanguageAsked_RedirectsToTheCasesPreferredLanguage()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, contact: SafeContact.Unknown with { PreferredLanguage = "es" });

        using var response = await client.GetAsync($"/clinic/cases/{id}/intake");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(IntakePage.Url(id, "es"), IntakeDriver.Where(response.Headers.Location));
    }

    [Fact]
    public async Task ClientsLanguage_OnTheIntakeOnly_TheWorkspaceStaysInTheVolunteersLanguage()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, contact: SafeContact.Unknown with { PreferredLanguage = "es" });

        using var intake = await client.GetAsync(IntakePage.Url(id, "es"));
        var intakeHtml = await intake.Content.ReadAsStringAsync();
        using var list = await client.GetAsync("/clinic");
        var listHtml = await list.Content.ReadAsStringAsync();
        using var publicPage = await client.GetAsync("/deadlines?lang=es");

        Assert.Contains("<html lang=\"es", intakeHtml, StringComparison.Ordinal);
        Assert.False(intake.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("lang=", StringComparison.Ordinal)),
            "the intake page remembered the client's language");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("<html lang=\"en", listHtml, StringComparison.Ordinal);
        // Elsewhere ?lang= is still remembered, so this test would see a cookie if the intake set one.
        Assert.Contains(publicPage.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lang=es", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BranchQuestion_AppearsAfterTheAnswerThatAsksIt_SameSectionAgainWithTheAnswersKept()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var table = Truths.OffsetWithoutReliefNotice();
        var answers = IntakePlay.Play(table, factory.Today, Year, next => next.Question.Key.Value == "first-collection-action");
        var id = await ClinicStaff.CreateCaseAsync(factory, account, answers: answers);
        var driver = new IntakeDriver(client, id);
        var (_, before, _) = await driver.GetAsync(driver.IntakePath);

        var posted = await driver.PostAsync(driver.IntakePath, IntakePage.AnswersForm, IntakeDriver.Answers(before, table));
        var (_, again, _) = await driver.GetAsync(posted.Location!);

        Assert.Contains($"q-{Year}-first-collection-action", IntakeDriver.FieldIds(before));
        Assert.DoesNotContain($"q-{Year}-offset-notice-described-relief", IntakeDriver.FieldIds(before));
        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Equal(IntakePage.Url(id, "en", "lettersanddates", more: true), posted.Location);
        Assert.Contains($"q-{Year}-offset-notice-described-relief", IntakeDriver.FieldIds(again));
        Assert.Contains($"name=\"q-{Year}-first-collection-action\" value=\"refund-offset\" checked", again, StringComparison.Ordinal);
        Assert.Contains("Your client&#x27;s answers brought more questions in this section.", again, StringComparison.Ordinal);
        var saved = await OpenAsync(account, id);
        Assert.Equal("refund-offset", saved.Detail.Answers.Years[Year]["first-collection-action"]);
    }

    [Fact]
    public async Task InvalidAnswers_400_KeepWhatWasTyped_SummaryLinksEveryFieldWithThePublicMessages()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var answers = IntakePlay.Play(Truths.FigureA(), factory.Today, Year, next => next.Question.Key.Value == "first-collection-date");
        var id = await ClinicStaff.CreateCaseAsync(factory, account, answers: answers);
        var driver = new IntakeDriver(client, id);
        var (_, page, _) = await driver.GetAsync(driver.IntakePath);
        var fields = IntakeDriver.Answers(page, Truths.FigureA());
        var date = $"q-{Year}-first-collection-date";
        var choice = $"q-{Year}-first-collection-action";
        Assert.Contains(date, IntakeDriver.FieldIds(page));
        fields[date + "-month"] = "13";
        fields.Remove(choice);

        var (status, html, _) = await driver.PostAsync(driver.IntakePath, IntakePage.AnswersForm, fields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            [(choice, "Select one answer"), (date + "-month", "The month in the date must be a number from 1 to 12")],
            SummaryLink().Matches(html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList());
        Assert.Contains($"id=\"{date}-month\" name=\"{date}-month\" type=\"text\" inputmode=\"numeric\" pattern=\"[0-9]*\" maxlength=\"2\" value=\"13\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{fields[date + "-year"]}\"", html, StringComparison.Ordinal);
        Assert.Equal(Flat(answers), Flat((await OpenAsync(account, id)).Detail.Answers));
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public async Task SameAnswers_AssistedIntakeAndPublicInterview_SameOutcomesAndDeadlines(string truth)
    {
        var table = Truths.All().Single(t => t.Name == truth).Answers;
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await CreateCaseWithoutYearsAsync(account);
        var intake = new IntakeDriver(client, id);
        await intake.CompleteAsync(table, Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var publicAnswers = await PublicInterviewAnswersAsync(factory, table);

        var opened = await OpenAsync(account, id);
        var assisted = CaseScreening.Of(opened.Detail, factory.Today);
        var expected = ScreeningReport.Build(publicAnswers, factory.Today);

        Assert.True(expected.IsComplete);
        Assert.True(assisted.Report.IsComplete);
        Assert.Equal(Outcomes(expected), Outcomes(assisted.Report));
        Assert.Equal(Deadlines(expected), Deadlines(assisted.Report));
        Assert.Equal(CaseStatus.Screened, opened.Status);
        Assert.Equal(assisted.SoonestDeadline, opened.Summary.SoonestDeadline);
        Assert.Equal(assisted.Reliefs, opened.Summary.Reliefs);
        Assert.True(intake.Screens.Count < expected.Answers.Length, $"{intake.Screens.Count} screens for {expected.Answers.Length} answers");
    }

    [Fact]
    public async Task EverySave_IsAuditedBySection_WithoutAnAnswer()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, answers: ScreeningAnswers.ForYears(Year));
        var driver = new IntakeDriver(client, id);
        var (_, page, _) = await driver.GetAsync(driver.IntakePath);

        await driver.PostAsync(driver.IntakePath, IntakePage.AnswersForm, IntakeDriver.Answers(page, Truths.FigureA()));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        var changes = await db.AuditLog.Where(a => a.CaseId == id && a.Action == AuditActions.CaseChanged).Select(a => a.Detail).ToListAsync();
        Assert.Equal(["intake: section returns"], changes);
    }

    [Fact]
    public async Task CaseOfAnotherClinic_404()
    {
        var (_, owner) = await ClinicStaff.SignedInStaffAsync(factory);
        var (stranger, _) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, owner);

        using var get = await stranger.GetAsync(IntakePage.Url(id, "en"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Anonymous_RedirectsToSignIn()
    {
        using var response = await ClinicStaff.NewClient(factory).GetAsync(IntakePage.Url("some-case", "en"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/clinic/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task InSpanish_YearsSectionErrorsAndDone_LeaveNoEnglishSentence()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var empty = await CreateCaseWithoutYearsAsync(account);
        var started = await ClinicStaff.CreateCaseAsync(factory, account, answers: IntakePlay.Play(Truths.FigureA(), factory.Today, Year, next => next.Question.Key.Value == "first-collection-action"));
        var done = await ClinicStaff.CreateCaseAsync(factory, account, answers: IntakePlay.Play(Truths.FigureA(), factory.Today, Year));
        var pages = new List<(string Name, string English, string Spanish)>();
        foreach (var (name, id) in new[] { ("years", empty), ("section", started), ("done", done) })
        {
            pages.Add((name, (await new IntakeDriver(client, id, "en").GetAsync(IntakePage.Url(id, "en"))).Html,
                (await new IntakeDriver(client, id, "es").GetAsync(IntakePage.Url(id, "es"))).Html));
        }

        var errorsEn = await new IntakeDriver(client, started, "en").PostAsync(IntakePage.Url(started, "en"), IntakePage.AnswersForm, new Dictionary<string, string>());
        var errorsEs = await new IntakeDriver(client, started, "es").PostAsync(IntakePage.Url(started, "es"), IntakePage.AnswersForm, new Dictionary<string, string>());
        pages.Add(("errors", errorsEn.Html, errorsEs.Html));

        Assert.Equal(HttpStatusCode.BadRequest, errorsEs.Status);
        foreach (var (name, english, spanish) in pages)
        {
            Assert.Contains("lang=\"es", spanish, StringComparison.Ordinal);
            // The workspace navigation is the accounts area's (and "Importar" holds the English "Import"); a language's
            // own name ("English") stays as it is in every language.
            Assert.Equal([], SpanishPage.EnglishLeft(WithoutNavigation(english), WithoutNavigation(spanish)).Where(s => s != "English").Select(s => $"{name}: {s}"));
        }

        Assert.Contains("¿Para qué años tributarios quiere alivio su cliente?", pages[0].Spanish, StringComparison.Ordinal);
        Assert.Contains("Todas las preguntas tienen respuesta", pages[2].Spanish, StringComparison.Ordinal);
    }

    private static string WithoutNavigation(string html) => ClinicNavigation().Replace(html, "");

    [GeneratedRegex("<nav class=\"clinic-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex ClinicNavigation();

    internal static List<string> Flat(ScreeningAnswers answers) =>
        [.. answers.Household.Select(a => $"{a.Key}={a.Value}").Concat(answers.Years.SelectMany(y => y.Value.Select(a => $"{y.Key}:{a.Key}={a.Value}").Append($"{y.Key}"))).Order(StringComparer.Ordinal)];

    private static IEnumerable<(int, string, string)> Outcomes(ScreeningReport report) =>
        report.Years.SelectMany(y => y.Reliefs.Select(r => (y.TaxYear, r.Relief.ToString(), r.Determination.ToString())));

    private static IEnumerable<(int, string, DateOnly?, DateOnly?)> Deadlines(ScreeningReport report) =>
        report.Years.SelectMany(y => y.Deadlines.Select(d => (y.TaxYear, d.Id, d.Date, d.ActBy)));

    // A case whose tax years are not known yet (the intake asks them first). Made through the store with the summary
    // such a case has: CaseScreening needs at least one tax year.
    private async Task<string> CreateCaseWithoutYearsAsync(StaffAccount account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var detail = new CaseDetail("Jane Roe", null, "Richard Roe", null, SafeContact.Unknown, ScreeningAnswers.Empty, []);
        return await scope.ServiceProvider.GetRequiredService<ClinicCases>()
            .CreateAsync(account.Member, CaseStatus.Intake, account.UserId, CaseScreening.RulesRevision, new CaseSummary("J.R.", [], null, [], false), detail);
    }

    private async Task<OpenedCase> OpenAsync(StaffAccount account, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ClinicCases>().OpenAsync(account.Member, id, auditAction: null))!;
    }

    /// <summary>Plays <paramref name="table"/> through the public interview and reads the answers it saved (through a share link).</summary>
    internal static async Task<ScreeningAnswers> PublicInterviewAnswersAsync(AppFactory factory, IReadOnlyDictionary<string, string> table)
    {
        var token = await PublicShareLinkAsync(factory, table);
        await using var scope = factory.Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<LinkStore>().OpenShareAsync(token);
        return (await scope.ServiceProvider.GetRequiredService<SessionStore>().FindAsync(opened!.Value.Code))!.Answers;
    }

    /// <summary>Plays <paramref name="table"/> through the public interview and makes a share link; returns its token.</summary>
    internal static async Task<string> PublicShareLinkAsync(AppFactory factory, IReadOnlyDictionary<string, string> table)
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), table);
        var shared = await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>());
        return Regex.Match(shared.Html, "/shared/([A-Za-z0-9_-]{22})").Groups[1].Value;
    }
}
