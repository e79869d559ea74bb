using System.Diagnostics;
using System.Net;
using System.Text;
using InnocentSpouse.Tests.Shared;
using Npgsql;

namespace InnocentSpouse.Web.Tests.Clinic.Cases;

/// <summary>
/// After a case is created through the pages with distinctive names, flags, a letter and a note, the database's own
/// bytes (the SQLite file and its WAL, or a PostgreSQL dump of every table) hold none of them (issue 14: a database
/// dump alone reveals no name, note or answer).
/// </summary>
public sealed class CaseEncryptionAtRestTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] Written =
    [
        "Zephyrine", "Quartermaine", "Bartholomew", "Xylander", "Wisteria", "ZQ-alias", "Marmalade", "umbrella-7731",
    ];

    [Fact]
    public async Task Database_AfterCreatingACase_HoldsNoNameFlagOrNoteInPlainText()
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(factory);
        using var created = await ClinicStaff.PostFormAsync(client, "/clinic/cases/new", "case", new()
        {
            ["label"] = "ZQ-alias", ["clientname"] = "Zephyrine Quartermaine", ["clientbirth"] = "1967", ["othername"] = "Bartholomew Xylander",
            ["otherbirth"] = "1971", ["years"] = "2022", ["status"] = "Intake", ["assigned"] = "none", ["call"] = "not-safe", ["text"] = "safe",
            ["mail"] = "not-safe", ["email"] = "safe", ["safeaddress"] = "12 Wisteria Court", ["language"] = "es", ["abuse"] = "yes",
        });
        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        var casePath = created.Headers.Location!.OriginalString;
        using var note = await ClinicStaff.PostFormAsync(client, casePath, "note", new() { ["note"] = "Marmalade umbrella-7731" });
        Assert.Equal(HttpStatusCode.Found, note.StatusCode);
        using var page = await client.GetAsync(casePath);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Marmalade umbrella-7731", html, StringComparison.Ordinal); // really saved
        Assert.Contains("12 Wisteria Court", html, StringComparison.Ordinal);

        var dump = await factory.Database.DumpAsync();

        Assert.Contains("ClinicCases", dump, StringComparison.Ordinal); // the dump is real: it has the table
        Assert.All(Written, secret => Assert.DoesNotContain(secret, dump, StringComparison.OrdinalIgnoreCase));
    }
}
