using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Cases;

namespace InnocentSpouse.Web.Tests.Clinic;

/// <summary>
/// The hostile-input suite (<see cref="HostileInputTests"/>) for the clinic workspace (issue 11: "every endpoint and form
/// that exists by then"): a signed-in admin posts 2,000 mutated forms (fixed seed) to every form the workspace's pages
/// show, with a valid antiforgery token, fields dropped, doubled, unknown or filled with junk, and asks for 600 odd URLs
/// (ids, filters, sort and page numbers). None may get a status of 500 or above.
/// </summary>
/// <remarks>
/// The forms are read from the pages themselves, so a form added to one of these pages is covered without changing this
/// test; the count check below fails if fewer forms are found than the workspace has today. The sign-out form is left
/// out (it would end the session the rest depends on).
/// </remarks>
[Trait("Category", "Hostile")]
public sealed partial class HostileWorkspaceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Seed = 20261204;
    private const int FormPosts = 2000;
    private const int OddUrls = 600;

    private static readonly string[] Plausible =
        ["", "yes", "no", "Intake", "TaxCourt", "Closed", "3", "2023", "2021, 2022", "1", "15", "on", "true", "J.D.", "Jane Doe", "123-45-6789"];

    [GeneratedRegex("<form\\b(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("\\bname=\"(?<name>[^\"]+)\"(?:[^>]*?\\bvalue=\"(?<value>[^\"]*)\")?")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("\\baction=\"(?<action>[^\"]*)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("\\bmethod=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostPattern();

    /// <summary>A post form found on a workspace page: where it posts, and its fields with the values the page gave.</summary>
    private sealed record Form(string Page, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields);

    [Fact]
    public async Task MalformedWorkspaceFormsAndUrls_NoneGets500OrAbove()
    {
        var (client, admin) = await ClinicStaff.SignedInStaffAsync(factory, StaffRoles.Admin);
        var other = await ClinicStaff.CreateAccountAsync(factory, clinicId: admin.ClinicId);
        var letter = new CaseLetter(DeadlineEventType.NoticeOfDeficiency, factory.Today.AddDays(-30), 2023);
        var caseId = await ClinicStaff.CreateCaseAsync(factory, admin, label: "Hostile", letters: [letter]);
        var secondCase = await ClinicStaff.CreateCaseAsync(factory, admin, label: "Second", assignedUserId: other.UserId);
        string[] pages =
        [
            "/clinic", "/clinic/cases/new", $"/clinic/cases/{caseId}", $"/clinic/cases/{caseId}/edit", $"/clinic/cases/{caseId}/intake",
            $"/clinic/cases/{secondCase}", $"/clinic/cases/{caseId}/handoff", "/clinic/cases/import", "/clinic/admin/staff",
            "/clinic/admin/retention", "/clinic/admin/audit",
        ];

        var forms = new List<Form>();
        foreach (var page in pages)
        {
            var response = await ClinicStaff.GetFollowingAsync(client, page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page}: {(int)response.StatusCode}");
            forms.AddRange(PostForms(response.RequestMessage!.RequestUri!.PathAndQuery, await response.Content.ReadAsStringAsync()));
        }

        // Today the workspace pages hold 13 post forms (new case; the case page's three on each of two cases; edit; intake;
        // import; the staff page's two; retention): fewer means the pages changed or the reading above broke.
        Assert.True(forms.Count >= 13, $"only {forms.Count} forms found: {string.Join(", ", forms.Select(f => f.Action))}");
        Assert.All(forms, f => Assert.Contains(f.Fields, kv => kv.Key == "__RequestVerificationToken"));

        var random = new Random(Seed);
        var failures = new List<string>();
        var accepted = 0;
        for (var i = 0; i < FormPosts; i++)
        {
            var form = forms[random.Next(forms.Count)];
            var fields = Mutate(random, form.Fields);
            var action = random.Next(10) == 0 ? form.Action + "?" + Uri.EscapeDataString(Pick(random, HostileInputTests.Nasty)) + "=1" : form.Action;
            using var content = new FormUrlEncodedContent(fields);
            var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} POST {action} (from {form.Page}) {string.Join('&', fields.Select(kv => kv.Key + "=" + Shorten(kv.Value)))}");
            }
            else if ((int)response.StatusCode < 400)
            {
                accepted++;
            }
        }

        for (var i = 0; i < OddUrls; i++)
        {
            var url = OddUrl(random, caseId);
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} GET {Shorten(url)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} responses of 500 or above:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(20))}");
        // Some posts must have got through validation, or the mutations only ever tested the antiforgery check.
        Assert.True(accepted > 50, $"only {accepted} of {FormPosts} posts were accepted");
        // Still signed in: the run was not cut short by a lost session.
        var list = await client.GetAsync(new Uri("/clinic", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    private static IEnumerable<Form> PostForms(string page, string html)
    {
        foreach (Match match in FormPattern().Matches(html))
        {
            var attributes = match.Groups["attributes"].Value;
            if (!PostPattern().IsMatch(attributes))
            {
                continue;
            }

            var action = WebUtility.HtmlDecode(ActionPattern().Match(attributes) is { Success: true } a ? a.Groups["action"].Value : page);
            if (action.Length == 0)
            {
                action = page;
            }

            if (action.Contains("sign-out", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = FieldPattern().Matches(match.Groups["body"].Value)
                .Select(f => new KeyValuePair<string, string>(WebUtility.HtmlDecode(f.Groups["name"].Value), WebUtility.HtmlDecode(f.Groups["value"].Value)))
                .ToList();
            yield return new Form(page, action.StartsWith('/') ? action : "/" + action, fields);
        }
    }

    /// <summary>The form's own fields, each kept as the page gave it, changed, dropped or doubled, plus now and then an unknown one.</summary>
    private static List<KeyValuePair<string, string>> Mutate(Random random, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in fields)
        {
            var keepToken = name == "__RequestVerificationToken" && random.Next(20) != 0;
            if (keepToken || name == "_handler" && random.Next(10) != 0)
            {
                result.Add(new(name, value));
                continue;
            }

            switch (random.Next(6))
            {
                case 0:
                    break; // dropped
                case 1:
                    result.Add(new(name, value));
                    break;
                case 2:
                    result.Add(new(name, Pick(random, HostileInputTests.Nasty)));
                    result.Add(new(name, Pick(random, Plausible)));
                    break;
                case 3:
                    result.Add(new(name, Pick(random, HostileInputTests.Nasty)));
                    break;
                default:
                    result.Add(new(name, Pick(random, Plausible)));
                    break;
            }
        }

        if (random.Next(5) == 0)
        {
            result.Add(new(Pick(random, HostileInputTests.Nasty) + "x", Pick(random, HostileInputTests.Nasty)));
        }

        return result;
    }

    private static string OddUrl(Random random, string caseId)
    {
        var junk = Uri.EscapeDataString(Pick(random, PathSafe));
        return random.Next(8) switch
        {
            0 => $"/clinic/cases/{junk}",
            1 => $"/clinic/cases/{junk}/edit",
            2 => $"/clinic/cases/{junk}/handoff.pdf",
            3 => $"/clinic?status={junk}&volunteer={junk}&relief={junk}",
            4 => $"/clinic?sort={junk}&page={random.Next(-5, 100_000)}",
            5 => $"/clinic/admin/audit?page={junk}",
            6 => $"/clinic/cases/{caseId}/intake?section={junk}&lang={junk}",
            _ => $"/clinic/invite/{junk}",
        };
    }

    /// <summary>The suite's path-safe junk, without the 100,000-character value (longer than a URL may be).</summary>
    private static readonly string[] PathSafe = [.. HostileInputTests.PathSafe.Where(n => n.Length < 10_000)];

    private static T Pick<T>(Random random, T[] items) => HostileInputTests.Pick(random, items);

    private static string Shorten(string text) => HostileInputTests.Shorten(text);
}
