using System.Diagnostics;
using System.Text;
using InnocentSpouse.Tests.Shared;
using Npgsql;

namespace InnocentSpouse.Web.Tests.Interview;

/// <summary>
/// After a real interview, the database's own bytes (the SQLite file and its WAL, or a PostgreSQL dump)
/// contain none of the answers just written: no answer value, no question key, no date, no code.
/// </summary>
public sealed class EncryptionAtRestTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] Written =
    [
        "levy-hearing-notice", "other-person", "no-one-or-basic-support", "divorced", "understatement",
        "marital-status", "filed-joint-return", "knew-of-item", "2025-09-15", "2400", "monthly-basic-expenses",
    ];

    [Fact]
    public async Task Database_AfterAnInterview_HoldsNoAnswerInPlainText()
    {
        var truth = new Dictionary<string, string>
        {
            ["refund-kept"] = "none", ["filed-joint-return"] = "yes", ["final-court-decision"] = "no", ["accepted-offer-in-compromise"] = "no",
            ["closing-agreement"] = "no", ["irs-contacted-you"] = "yes", ["liability-type"] = "understatement",
            ["first-collection-action"] = "levy-hearing-notice", ["first-collection-date"] = "2025-09-15", ["erroneous-item-owner"] = "other-person",
            ["knew-of-item"] = "no", ["reason-to-know"] = "no", ["significant-benefit"] = "no-one-or-basic-support", ["marital-status"] = "divorced",
            ["monthly-basic-expenses"] = "2400",
        };
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", truth);
        var answers = (await driver.GetAsync("/interview/check-answers")).Html;
        Assert.Contains("Divorced", answers, StringComparison.Ordinal); // the answers really were saved

        var dump = await factory.Database.DumpAsync();

        Assert.Contains("Sessions", dump, StringComparison.Ordinal); // the dump is real: it has the table
        Assert.All(Written, secret => Assert.DoesNotContain(secret, dump, StringComparison.OrdinalIgnoreCase));
    }
}
