using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Architecture;

/// <summary>
/// Clinics are tenants (issue 14): every query of cases, notes and conflict hashes goes through the one
/// tenant-scoped store, <c>ClinicCases</c>, which filters by the signed-in member's clinic. A page that queried the
/// tables itself could forget the filter and show another clinic's case. The DbSets are internal to the Data
/// library; this test also catches <c>Set&lt;ClinicCase&gt;()</c> and any use inside the Data library itself.
/// </summary>
public sealed partial class CaseTablesTests
{
    /// <summary>The files that may reach the tables: the store, and the context that declares them.</summary>
    private static readonly string[] Allowed = ["src/InnocentSpouse.Data/Clinic/ClinicCases.cs", "src/InnocentSpouse.Data/InterviewDbContext.cs"];

    [GeneratedRegex(@"\bSet\s*<\s*(?:[\w.]*\.)?(?:ClinicCase|CaseNote|ConflictHash)\s*>|\b\w+\s*\.\s*(?:ClinicCases|CaseNotes|ConflictHashes)\s*\.\s*\w")]
    private static partial Regex TableAccess();

    /// <summary>Every line under <paramref name="folder"/> that reaches a case table, as "file:line".</summary>
    public static IReadOnlyList<string> Accesses(string root, string folder) =>
    [
        .. Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f).Replace('\\', '/'), Line: i + 1, Text: line)))
            .Where(l => TableAccess().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}"),
    ];

    [Fact]
    public void CaseTables_AreQueriedOnlyByTheTenantScopedStore()
    {
        var all = Accesses(RepoPaths.Root, "src");
        var outside = all.Where(a => !Allowed.Any(f => a.StartsWith(f + ":", StringComparison.Ordinal))).ToList();

        Assert.Empty(outside);
        Assert.Contains(all, a => a.StartsWith(Allowed[0] + ":", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("var all = db.ClinicCases.ToList();", true)]
    [InlineData("await db.Set<ClinicCase>().Where(c => c.Id == id)", true)]
    [InlineData("db.Set<InnocentSpouse.Data.Clinic.CaseNote>()", true)]
    [InlineData("db.ConflictHashes.Where(h => true)", true)]
    [InlineData("services.AddScoped<Clinic.ClinicCases>();", false)]
    [InlineData("private readonly ClinicCases _cases;", false)]
    public void Scanner_FindsTableAccess(string line, bool expected) =>
        Assert.Equal(expected, TableAccess().IsMatch(line));
}
