using System.Globalization;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Admin;

namespace InnocentSpouse.Web.Tests.Clinic.Admin;

/// <summary>
/// The audit log's details are stored as short English notes made by the code; the audit page shows them in the reader's
/// language (<see cref="AuditText.Detail"/>), keeping ids and numbers, and shows an unknown one as stored.
/// </summary>
public sealed class AuditDetailTextTests
{
    private static readonly CultureInfo English = new("en-US");
    private static readonly CultureInfo Spanish = new("es-US");

    /// <summary>One of each detail the code writes today (every AuditLog.AppendAsync and AuditAsync caller).</summary>
    public static TheoryData<string, string, string> Written => new()
    {
        { "12 cases", "12 cases", "12 casos" },
        { "case of another clinic", "A case of another clinic", "Un caso de otra clínica" },
        { "asked for by a member of another clinic", "Asked for by a member of another clinic", "Lo pidió un miembro de otra clínica" },
        { "1 possible conflicts, 2 possible duplicates", "1 possible conflicts, 2 possible duplicates", "1 posibles conflictos, 2 posibles duplicados" },
        { "0 possible conflicts, 0 possible duplicates, other spouse's name not checked", "0 possible conflicts, 0 possible duplicates; the other spouse's name was not checked", "0 posibles conflictos, 0 posibles duplicados; no se revisó el nombre del otro cónyuge" },
        { "status: Filed", "Status: Form 8857 filed", "Estado: Formulario 8857 presentado" },
        { "closed 2020-06-15, kept 5 years", "Closed on 2020-06-15, kept 5 years", "Cerrado el 2020-06-15, guardado 5 años" },
        { "3 cases unassigned from a removed staff member", "3 cases no longer assigned, from a removed staff member", "3 casos ya no asignados, de un miembro del personal que se quitó" },
        { "from 3 to 7 years", "From 3 to 7 years", "De 3 a 7 años" },
        { "page 2", "Page 2", "Página 2" },
        { "password only", "Password only", "Solo la contraseña" },
        { "password only (joined)", "Password only (just joined)", "Solo la contraseña (recién se unió)" },
        { "password", "Password", "Contraseña" },
        { "authenticator code", "Authenticator code", "Código de la aplicación de autenticación" },
        { "recovery code", "Recovery code", "Código de recuperación" },
        { "9 left", "9 recovery codes left", "Quedan 9 códigos de recuperación" },
        { "role ClinicAdmin, invitation inv-1", "Role: Clinic admin; invitation inv-1", "Función: Administrador de la clínica; invitación inv-1" },
        { "user u-42", "Staff member u-42", "Miembro del personal u-42" },
        { "hand-off page", "Hand-off page", "Página de traspaso" },
        { "hand-off PDF", "Hand-off PDF", "PDF de traspaso" },
        { "summary recomputed under new rules", "Summary worked out again under new rules", "Resumen calculado de nuevo con reglas nuevas" },
        { "names and flags changed", "Names and flags changed", "Se cambiaron nombres y marcas" },
        { "names and flags changed, possible conflicts confirmed", "Names and flags changed; possible conflicts confirmed", "Se cambiaron nombres y marcas; se confirmaron posibles conflictos" },
        { "intake: section household", "Assisted intake: section household", "Entrevista asistida: sección household" },
        { "intake: tax years", "Assisted intake: tax years", "Entrevista asistida: años tributarios" },
        { "volunteer: none", "Volunteer: none", "Voluntario: ninguno" },
        { "volunteer: u-7", "Volunteer: u-7", "Voluntario: u-7" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Detail_EachNoteTheCodeWrites_InTheReadersLanguage(string stored, string english, string spanish)
    {
        Assert.True(AuditText.HasWords(stored), stored);
        Assert.Equal(english, UiCulture.InCulture(English, () => AuditText.Detail(stored)));
        Assert.Equal(spanish, UiCulture.InCulture(Spanish, () => AuditText.Detail(stored)));
    }

    [Fact]
    public void Detail_LetterAdded_NamesTheLetterInTheReadersLanguage()
    {
        var english = UiCulture.InCulture(English, () => AuditText.Detail("letter added: letter4390"));
        var spanish = UiCulture.InCulture(Spanish, () => AuditText.Detail("letter added: letter4390"));

        Assert.StartsWith("Letter added: ", english, StringComparison.Ordinal);
        Assert.StartsWith("Carta agregada: ", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("letter4390", english, StringComparison.Ordinal);
        Assert.NotEqual(english["Letter added: ".Length..], spanish["Carta agregada: ".Length..]);
    }

    [Theory]
    [InlineData("something a newer version wrote")]
    [InlineData("status: NotAStatus")]
    public void Detail_Unknown_ShownAsStored(string stored) =>
        Assert.Equal(stored, UiCulture.InCulture(Spanish, () => AuditText.Detail(stored)));
}
