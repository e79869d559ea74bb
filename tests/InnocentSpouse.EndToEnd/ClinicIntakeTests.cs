using System.Text.Json;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The clinic's assisted intake and import in Chromium (issue 14), with axe on every page of them: an intake in Spanish
/// driven by the keyboard alone, and an import from a taxpayer's share link.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ClinicIntakeTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const int Year = 2023;

    // What the keyboard loop reads of the focused element.
    private sealed record Focused(string Tag, string Type, string Name, string Id, string Value, bool IsIntakeSubmit);

    private static async Task AxeAsync(IPage page) => await InterviewPlayer.AssertNoAxeViolationsAsync(page);

    [Fact]
    public async Task AssistedIntake_InSpanish_ByKeyboardAlone_SavesEverySectionAndEveryPagePassesAxe()
    {
        var factory = Browser.Factory;
        var clock = (ManualClock)factory.Clock!;
        var account = await ClinicStaff.CreateAccountAsync(factory);
        // Every section but the letters and dates answered already: the intake goes on from there.
        var truth = Truths.FigureA();
        var answers = ExpectedResults.AnswersFor(
            truth.Where(a => QuestionCatalog.All.Single(q => q.Key.Value == a.Key).Section != InterviewSection.LettersAndDates)
                .ToDictionary(a => a.Key, a => a.Value), Year);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, answers: answers);
        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, account, clock);

        await page.GotoAsync(new Uri(Browser.BaseUrl, $"/clinic/cases/{id}/intake").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("lang=en"));
        await AxeAsync(page);

        // The client's language, by keyboard: to the language radios, the arrow picks Spanish, Enter on the button.
        await TabToAsync(page, f => f.Name == "lang");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("lang=es"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^es"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cartas y fechas");
        await AxeAsync(page);

        // Every screen: Tab through the form, answer each field as it takes focus, Enter on "Guardar y continuar".
        var caseUrl = new Uri(Browser.BaseUrl, $"/clinic/cases/{id}").ToString();
        for (var screen = 0; screen < 10 && page.Url != caseUrl; screen++)
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^es"));
            await AxeAsync(page);
            var before = (page.Url, await FieldNamesAsync(page));
            await AnswerScreenByKeyboardAsync(page, truth);
            await WaitForNextScreenAsync(page, before);
        }

        Assert.Equal(caseUrl, page.Url);
        await using var scope = factory.Services.CreateAsyncScope();
        var opened = (await scope.ServiceProvider.GetRequiredService<ClinicCases>().OpenAsync(account.Member, id, auditAction: null))!;
        Assert.Equal(CaseStatus.Screened, opened.Status);
        Assert.Equal("levy-hearing-notice", opened.Detail.Answers.Years[Year]["first-collection-action"]);
        Assert.Equal("2025-09-15", opened.Detail.Answers.Years[Year]["first-collection-date"]);
    }

    [Fact]
    public async Task Import_FromAShareLink_WithConsent_CreatesTheCase_PagesPassAxe()
    {
        var factory = Browser.Factory;
        var clock = (ManualClock)factory.Clock!;
        var account = await ClinicStaff.CreateAccountAsync(factory);
        string token;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (_, code) = await scope.ServiceProvider.GetRequiredService<SessionStore>().CreateAsync(ExpectedResults.AnswersFor(Truths.FigureB(), Year));
            token = (await scope.ServiceProvider.GetRequiredService<LinkStore>().ShareAsync(code))!;
        }

        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, account, clock);
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic/cases/import").ToString());
        await AxeAsync(page);
        var link = new Uri(Browser.BaseUrl, $"/shared/{token}").ToString();
        await page.GetByLabel("Share link or code").FillAsync(link);
        await page.GetByLabel("Client label").FillAsync("E.F.");
        await page.GetByLabel("Client's full name").FillAsync("Elena Flores");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the answers" }).ClickAsync();

        // Without consent: the error summary takes focus, the link stays typed.
        await Expect(page.Locator(".app-error-summary")).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Share link or code")).ToHaveValueAsync(link);
        await AxeAsync(page);

        // The USWDS box itself is drawn by its label, which takes the click.
        await Expect(page.Locator("label[for='consent']")).ToHaveTextAsync("The taxpayer agreed to give their answers to this clinic.");
        await page.Locator("label[for='consent']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the answers" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/import", StringComparison.Ordinal));

        var id = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        await using var check = factory.Services.CreateAsyncScope();
        var opened = (await check.ServiceProvider.GetRequiredService<ClinicCases>().OpenAsync(account.Member, id, auditAction: null))!;
        Assert.Equal("E.F.", opened.Summary.Label);
        Assert.Equal("yes", opened.Detail.Answers.Years[Year]["reason-to-know"]);
    }

    private static async Task<string> FieldNamesAsync(IPage page) =>
        await page.EvaluateAsync<string>("() => [...document.querySelectorAll('[name^=\"q-\"]')].map(e => e.name).join(' ')");

    // The next screen: another address, or the same section again (same address) with other questions.
    private static async Task WaitForNextScreenAsync(IPage page, (string Url, string Fields) before)
    {
        for (var i = 0; i < 600; i++)
        {
            if (page.Url != before.Url || await FieldNamesAsync(page) != before.Fields)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The intake did not move on after the save: {page.Url}");
    }

    private static async Task<Focused> FocusedAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(
            "() => { const e = document.activeElement; const f = e && e.form; "
            + "return JSON.stringify({ Tag: e ? e.tagName : '', Type: (e && e.type) || '', Name: (e && e.name) || '', Id: (e && e.id) || '', "
            + "Value: (e && e.value) || '', IsIntakeSubmit: !!(f && e.type === 'submit' && f.querySelector('[name^=\"q-\"]')) }); }");
        return JsonSerializer.Deserialize<Focused>(json)!;
    }

    private static async Task<Focused> TabToAsync(IPage page, Func<Focused, bool> target)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (target(focused))
            {
                return focused;
            }
        }

        throw new InvalidOperationException("Tab never reached the element.");
    }

    // Tabs through the page once: a radio group is answered when its tab stop takes focus (the arrow keys move the choice
    // to the value wanted, Space picks the first), a date box or number box gets the value typed, and Enter on the
    // intake's submit button sends it. Values come from the truth table (first option, 2025-09-15 or 2 otherwise).
    private static async Task AnswerScreenByKeyboardAsync(IPage page, IReadOnlyDictionary<string, string> truth)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (focused.IsIntakeSubmit)
            {
                await page.Keyboard.PressAsync("Enter");
                return;
            }

            if (!focused.Name.StartsWith("q-", StringComparison.Ordinal) || focused.Name.EndsWith("-not-sure", StringComparison.Ordinal) || !done.Add(focused.Name))
            {
                continue;
            }

            var (question, year) = QuestionOf(focused.Name);
            var value = ValueFor(truth, question, year);
            if (focused.Type == "radio")
            {
                await page.Keyboard.PressAsync("Space");
                for (var step = 0; step < question.Options.Length && (await FocusedAsync(page)).Value != value; step++)
                {
                    await page.Keyboard.PressAsync("ArrowDown");
                }

                Assert.Equal(value, (await FocusedAsync(page)).Value);
            }
            else if (question.Kind == AnswerKind.Date)
            {
                var parts = value.Split('-');
                var part = focused.Name[(focused.Name.LastIndexOf('-') + 1)..];
                await page.Keyboard.TypeAsync(part switch { "day" => parts.Length > 2 ? parts[2] : "", "month" => parts[1], _ => parts[0] });
            }
            else
            {
                await page.Keyboard.TypeAsync(value);
            }
        }

        throw new InvalidOperationException("Tab never reached the intake's submit button.");
    }

    private static (Question Question, int? TaxYear) QuestionOf(string name)
    {
        var id = System.Text.RegularExpressions.Regex.Replace(name, "-(day|month|year)$", "")[2..];
        int? year = id.Length > 5 && id[4] == '-' && id[..4].All(char.IsAsciiDigit) ? int.Parse(id[..4], System.Globalization.CultureInfo.InvariantCulture) : null;
        var key = year is null ? id : id[5..];
        return (QuestionCatalog.All.Single(q => q.Key.Value == key), year);
    }

    private static string ValueFor(IReadOnlyDictionary<string, string> truth, Question question, int? taxYear) =>
        (taxYear is { } y && truth.TryGetValue($"{y}:{question.Key.Value}", out var perYear) ? perYear : null)
        ?? truth.GetValueOrDefault(question.Key.Value)
        ?? (question.Kind is AnswerKind.YesNo or AnswerKind.Choice ? question.AllowedValues[0]
            : question.Kind == AnswerKind.Date ? "2025-09-15" : "2");
}
