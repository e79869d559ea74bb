using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The browser side of <see cref="ClinicStaff"/>: signs a Playwright page in to the clinic workspace through the real
/// pages, with the authenticator code computed from the app's clock. The page ends on <c>/clinic</c> (or wherever the
/// sign-in sent it). Each call uses the code of the clock's current 30-second step: to sign the same account in
/// again, move the <see cref="ManualClock"/> on by 30 seconds first.
/// </summary>
public static class ClinicStaffBrowser
{
    public static async Task SignInAsync(IPage page, Uri baseUrl, StaffAccount account, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(clock);
        await page.GotoAsync(new Uri(baseUrl, "/clinic/sign-in").ToString());
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await WaitOrExplainAsync(page, "the password step", () => page.WaitForURLAsync("**/clinic/sign-in/code**"));
        await page.GetByLabel("6-digit code").FillAsync(account.CodeAt(Pinned(clock).Now));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await WaitOrExplainAsync(page, "the code step", () => page.WaitForURLAsync(url => !url.Contains("/clinic/sign-in", StringComparison.Ordinal)));
    }

    // A step that does not move on says where the page stayed and what it shows (its heading and any error), instead of
    // Playwright's bare timeout.
    private static async Task WaitOrExplainAsync(IPage page, string step, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException e)
        {
            var heading = await page.Locator("h1").First.TextContentAsync(new() { Timeout = 5000 });
            var errors = await page.Locator(".app-error-summary, .usa-alert").AllTextContentsAsync();
            throw new TimeoutException($"Sign-in stopped at {step}: still on {page.Url}, heading \"{heading?.Trim()}\", messages: {string.Join(" | ", errors.Select(t => t.Trim()))}", e);
        }
    }

    // Takes the factory's Clock as it is typed (TimeProvider); tests never read a clock other than the pinned one.
    private static ManualClock Pinned(TimeProvider clock) =>
        clock as ManualClock ?? throw new ArgumentException("Pass the app's ManualClock (AppFactory.Clock).", nameof(clock));
}
