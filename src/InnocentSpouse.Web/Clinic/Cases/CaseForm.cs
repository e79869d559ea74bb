using System.Globalization;
using System.Text.RegularExpressions;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Clinic.Cases;

/// <summary>
/// The case form (new case, and the names and flags of an existing case) as typed: every value is kept as a string,
/// so a refusal or a conflict warning shows the form again with nothing lost.
/// </summary>
public sealed partial class CaseForm
{
    /// <summary>The contact ways, by field name.</summary>
    public static readonly IReadOnlyList<string> ContactWays = ["call", "text", "mail", "email"];

    public string Label { get; set; } = "";

    public string ClientName { get; set; } = "";

    public string ClientBirthYear { get; set; } = "";

    public string OtherName { get; set; } = "";

    public string OtherBirthYear { get; set; } = "";

    public string Years { get; set; } = "";

    public string Status { get; set; } = nameof(CaseStatus.Intake);

    /// <summary>The assigned volunteer's id, or <see cref="CaseListQuery.Unassigned"/>.</summary>
    public string Assigned { get; set; } = "";

    /// <summary>"safe", "not-safe" or "unknown" per way of contact.</summary>
    public Dictionary<string, string> Contact { get; } = ContactWays.ToDictionary(w => w, _ => "unknown", StringComparer.Ordinal);

    public string SafeAddress { get; set; } = "";

    public string Language { get; set; } = "en";

    public bool Abuse { get; set; }

    /// <summary>The "save anyway" box under a conflict warning.</summary>
    public bool ConfirmConflicts { get; set; }

    /// <summary>Reads a posted form.</summary>
    public static CaseForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Get(string name) => form.TryGetValue(name, out var v) ? (v.FirstOrDefault() ?? "").Trim() : "";
        var result = new CaseForm
        {
            Label = Get("label"),
            ClientName = Get("clientname"),
            ClientBirthYear = Get("clientbirth"),
            OtherName = Get("othername"),
            OtherBirthYear = Get("otherbirth"),
            Years = Get("years"),
            Status = Get("status"),
            Assigned = Get("assigned"),
            SafeAddress = Get("safeaddress"),
            Language = Get("language") == "es" ? "es" : "en",
            Abuse = Get("abuse") == "yes",
            ConfirmConflicts = Get("confirm") == "yes",
        };
        foreach (var way in ContactWays)
        {
            result.Contact[way] = Get(way) switch
            {
                "safe" => "safe",
                "not-safe" => "not-safe",
                _ => "unknown",
            };
        }

        return result;
    }

    /// <summary>The form filled from a stored case (to edit it).</summary>
    public static CaseForm Of(OpenedCase opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var detail = opened.Detail;
        var form = new CaseForm
        {
            Label = opened.Summary.Label,
            ClientName = detail.ClientName,
            ClientBirthYear = detail.ClientBirthYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            OtherName = detail.OtherSpouseName,
            OtherBirthYear = detail.OtherSpouseBirthYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            Years = string.Join(", ", detail.Answers.TaxYears),
            Status = opened.Status.ToString(),
            Assigned = opened.AssignedUserId ?? CaseListQuery.Unassigned,
            SafeAddress = detail.Contact.SafeAddressOrNumber,
            Language = detail.Contact.PreferredLanguage,
            Abuse = detail.Contact.AbuseDisclosed,
        };
        form.Contact["call"] = Code(detail.Contact.Call);
        form.Contact["text"] = Code(detail.Contact.Text);
        form.Contact["mail"] = Code(detail.Contact.Mail);
        form.Contact["email"] = Code(detail.Contact.Email);
        return form;
    }

    /// <summary>
    /// True when a text looks like a Social Security or taxpayer identification number: nine digits, with or without
    /// dashes or spaces (e.g. 123-45-6789, 12-3456789, 123456789).
    /// </summary>
    public static bool LooksLikeTin(string text) => TinPattern().IsMatch(text ?? "");

    /// <summary>
    /// Checks the form; the errors are in page order, keyed by the box to fix. <paramref name="staff"/> are the ids
    /// a case may be assigned to.
    /// </summary>
    public IReadOnlyList<ErrorItem> Validate(DateOnly today, IReadOnlyCollection<string> staff, bool withStatus)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var errors = new List<ErrorItem>();
        if (Label.Length == 0)
        {
            errors.Add(new("label", WebTexts.ClinicLabelMissing));
        }
        else if (LooksLikeTin(Label))
        {
            errors.Add(new("label", WebTexts.ClinicLabelLooksLikeTin));
        }
        else if (Label.Length > 40)
        {
            errors.Add(new("label", WebTexts.ClinicLabelTooLong));
        }

        foreach (var (id, text) in new[] { ("clientname", ClientName), ("othername", OtherName), ("safeaddress", SafeAddress) })
        {
            if (LooksLikeTin(text))
            {
                errors.Add(new(id, WebTexts.ClinicFieldLooksLikeTin));
            }
            else if (text.Length > 200)
            {
                errors.Add(new(id, WebTexts.ClinicFieldTooLong));
            }
        }

        if (ClientName.Length == 0)
        {
            errors.Add(new("clientname", WebTexts.ClinicClientNameMissing));
        }

        if (ClientBirthYear.Length > 0 && BirthYear(ClientBirthYear, today) is null)
        {
            errors.Add(new("clientbirth", WebTexts.ClinicBirthYearInvalid));
        }

        if (OtherBirthYear.Length > 0 && BirthYear(OtherBirthYear, today) is null)
        {
            errors.Add(new("otherbirth", WebTexts.ClinicBirthYearInvalid));
        }

        TaxYears.Parse(Years, today, out var yearsError);
        if (yearsError is not null)
        {
            errors.Add(new("years", yearsError));
        }

        if (withStatus && !TryStatus(out _))
        {
            errors.Add(new("status", WebTexts.ClinicStatusMissing));
        }

        if (Assigned.Length > 0 && Assigned != CaseListQuery.Unassigned && !staff.Contains(Assigned))
        {
            errors.Add(new("assigned", WebTexts.ClinicAssignedUnknown));
        }

        return [.. errors.GroupBy(e => e.FieldId, StringComparer.Ordinal).Select(g => g.First())];
    }

    /// <summary>The chosen status, when it is one.</summary>
    public bool TryStatus(out CaseStatus status) =>
        Enum.TryParse(Status, ignoreCase: false, out status) && Enum.IsDefined(status) && !int.TryParse(Status, out _);

    /// <summary>The assigned volunteer's id, or null for nobody.</summary>
    public string? AssignedUserId => Assigned.Length == 0 || Assigned == CaseListQuery.Unassigned ? null : Assigned;

    /// <summary>The flags as stored.</summary>
    public SafeContact ToContact() =>
        new(Safety(Contact["call"]), Safety(Contact["text"]), Safety(Contact["mail"]), Safety(Contact["email"]), SafeAddress, Language, Abuse);

    /// <summary>The case's detail with this form's names, flags and years; answers of other years are dropped. Call after <see cref="Validate"/>.</summary>
    public CaseDetail ToDetail(CaseDetail? existing, DateOnly today)
    {
        var years = TaxYears.Parse(Years, today, out _);
        var answers = existing?.Answers ?? ScreeningAnswers.Empty;
        var kept = answers.Years.Where(y => years.Contains(y.Key)).ToDictionary(y => y.Key, y => (IReadOnlyDictionary<string, string>)y.Value);
        foreach (var year in years.Where(y => !kept.ContainsKey(y)))
        {
            kept[year] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return new CaseDetail(
            ClientName,
            BirthYear(ClientBirthYear, today),
            OtherName,
            BirthYear(OtherBirthYear, today),
            ToContact(),
            ScreeningAnswers.From(answers.Household, kept),
            existing?.Letters ?? []);
    }

    private static int? BirthYear(string text, DateOnly today) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900 && year <= today.Year ? year : null;

    private static ContactSafety Safety(string code) => code switch
    {
        "safe" => ContactSafety.Safe,
        "not-safe" => ContactSafety.NotSafe,
        _ => ContactSafety.Unknown,
    };

    private static string Code(ContactSafety safety) => safety switch
    {
        ContactSafety.Safe => "safe",
        ContactSafety.NotSafe => "not-safe",
        _ => "unknown",
    };

    // Nine digits in a row, allowing dashes, dots or spaces between them, not part of a longer number.
    [GeneratedRegex(@"(?<!\d)\d(?:[\s.\-]?\d){8}(?!\d)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex TinPattern();
}
