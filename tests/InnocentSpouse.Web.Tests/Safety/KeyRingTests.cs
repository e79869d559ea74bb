using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using InnocentSpouse.Data;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Extensions;
using InnocentSpouse.Web.Tests.Interview;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Safety;

/// <summary>
/// The Data Protection key ring in the database is encrypted to a certificate when <c>DataProtection:CertificatePath</c>
/// names one (ADR 0015), so a copy of the database alone does not hold the keys that wrap the clinic keys.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private const string Password = "pfx password";
    private readonly string _folder = Directory.CreateTempSubdirectory("keyring-test").FullName;

    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndStillRead()
    {
        var pfx = WritePfx("current.pfx", withPrivateKey: true);
        await using var app = new AppFactory
        {
            Settings = new Dictionary<string, string> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = Password },
        };

        // A whole interview: every page's token and the session cookie go through Data Protection.
        var driver = new InterviewDriver(app);
        await driver.CompleteAsync("2021", Truths.FigureA());
        var results = await driver.GetAsync("/interview/results");
        var stored = await StoredKeysAsync(app);
        // Read every key back from the database (a fresh read, so each one is decrypted with the certificate).
        var keys = app.Services.GetRequiredService<IKeyManager>().GetAllKeys();

        Assert.Equal(System.Net.HttpStatusCode.OK, results.Status);
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.NotNull(key.Descriptor));
    }

    [Fact]
    public async Task NewCertificate_KeysOfTheOldOneReadOnlyWhileItIsThePreviousCertificate()
    {
        var oldPfx = WritePfx("old.pfx", withPrivateKey: true);
        var newPfx = WritePfx("new.pfx", withPrivateKey: true);
        await using var before = new AppFactory
        {
            Settings = new Dictionary<string, string> { ["DataProtection:CertificatePath"] = oldPfx, ["DataProtection:CertificatePassword"] = Password },
        };
        var sealedBefore = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key ring test").Protect("sealed under the old certificate's key");

        // The same database, after the certificate was changed: with the old one as previous, and without it.
        Dictionary<string, string> SameDatabase(bool keepPrevious)
        {
            var settings = new Dictionary<string, string>
            {
                ["Database:Provider"] = before.Database.Provider, ["ConnectionStrings:Default"] = before.Database.ConnectionString,
                ["DataProtection:CertificatePath"] = newPfx, ["DataProtection:CertificatePassword"] = Password,
            };
            if (keepPrevious)
            {
                settings["DataProtection:PreviousCertificatePath"] = oldPfx;
                settings["DataProtection:PreviousCertificatePassword"] = Password;
            }

            return settings;
        }

        await using var changed = new AppFactory { Settings = SameDatabase(keepPrevious: true) };
        await using var previousForgotten = new AppFactory { Settings = SameDatabase(keepPrevious: false) };
        var read = changed.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key ring test").Unprotect(sealedBefore);

        Assert.Equal("sealed under the old certificate's key", read);
        Assert.ThrowsAny<CryptographicException>(() =>
            previousForgotten.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key ring test").Unprotect(sealedBefore));
    }

    [Fact]
    public async Task WithoutACertificate_KeysAreStoredAsTheyAre()
    {
        await using var app = new AppFactory();

        await new InterviewDriver(app).GetAsync("/interview");
        var stored = await StoredKeysAsync(app);

        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("missing", "DataProtection:CertificatePath: no file at")]
    [InlineData("no-private-key", "has no private key")]
    [InlineData("wrong-password", "could not be read as a .pfx")]
    [InlineData("previous-only", "DataProtection:PreviousCertificatePath is set but DataProtection:CertificatePath is not")]
    public async Task BadCertificateSetting_AppDoesNotStart_AndSaysWhy(string problem, string message)
    {
        var settings = problem switch
        {
            "missing" => new Dictionary<string, string> { ["DataProtection:CertificatePath"] = Path.Combine(_folder, "nothing-here.pfx") },
            "no-private-key" => new Dictionary<string, string>
            {
                ["DataProtection:CertificatePath"] = WritePfx("public.pfx", withPrivateKey: false), ["DataProtection:CertificatePassword"] = Password,
            },
            "wrong-password" => new Dictionary<string, string>
            {
                ["DataProtection:CertificatePath"] = WritePfx("current.pfx", withPrivateKey: true), ["DataProtection:CertificatePassword"] = "not it",
            },
            _ => new Dictionary<string, string>
            {
                ["DataProtection:PreviousCertificatePath"] = WritePfx("old.pfx", withPrivateKey: true), ["DataProtection:PreviousCertificatePassword"] = Password,
            },
        };
        await using var app = new AppFactory { Settings = settings };

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = Messages(error);
        Assert.True(messages.Contains(message, StringComparison.Ordinal), messages);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WritePfx(string name, bool withPrivateKey)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=InnocentSpouse key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // The certificate's own dates, not the app's clock: it only has to be valid for the file format.
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var path = Path.Combine(_folder, name);
        if (withPrivateKey)
        {
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
            return path;
        }

        // A .pfx that holds the certificate alone (as an export without "include the private key" makes).
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        var contents = new Pkcs12SafeContents();
        contents.AddCertificate(publicOnly);
        var pfx = new Pkcs12Builder();
        pfx.AddSafeContentsEncrypted(contents, Password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2000));
        pfx.SealWithMac(Password, HashAlgorithmName.SHA256, 2000);
        File.WriteAllBytes(path, pfx.Encode());
        return path;
    }

    private static async Task<List<string>> StoredKeysAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        return await db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync();
    }

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
