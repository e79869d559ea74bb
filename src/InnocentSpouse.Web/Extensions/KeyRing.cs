using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InnocentSpouse.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// How the Data Protection key ring is kept (configuration section <c>DataProtection</c>). The keys always live in the
/// database (table <c>DataProtectionKeys</c>), so every instance shares them. With a certificate they are stored
/// encrypted to it, so a copy of the database alone cannot unwrap the clinic keys or forge cookies (docs/security.md,
/// "Who can read what"; ADR 0015). Without one they are stored as they are (Data Protection logs a warning when it stores a key so).
/// </summary>
public sealed class KeyRingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with an RSA certificate and its private key: new keys are encrypted to it.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The certificate used before (when changing it): keys encrypted to it can still be read.</summary>
    public string? PreviousCertificatePath { get; set; }

    /// <summary>The password of <see cref="PreviousCertificatePath"/>, if it has one.</summary>
    public string? PreviousCertificatePassword { get; set; }
}

/// <summary>Registers Data Protection with the key ring in the database, encrypted to a certificate when one is set.</summary>
public static class KeyRing
{
    /// <summary>The application name every instance and the load seed share, so they read each other's keys.</summary>
    public const string ApplicationName = "InnocentSpouse";

    /// <summary>
    /// Data Protection with its keys in <see cref="InterviewDbContext"/>. <see cref="KeyRingOptions"/> is read and checked
    /// here, while the app is composed (like <c>Database</c>), because Data Protection takes its certificates at
    /// registration: a certificate that is missing, unreadable, without its private key or not RSA stops the start
    /// with a message naming the setting. Each certificate file is read once.
    /// </summary>
    public static IServiceCollection AddInterviewDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var failures = new List<string>();
        var current = Read(failures, nameof(KeyRingOptions.CertificatePath), options.CertificatePath, options.CertificatePassword);
        var previous = Read(failures, nameof(KeyRingOptions.PreviousCertificatePath), options.PreviousCertificatePath, options.PreviousCertificatePassword);
        if (string.IsNullOrWhiteSpace(options.CertificatePath) && !string.IsNullOrWhiteSpace(options.PreviousCertificatePath))
        {
            failures.Add($"{KeyRingOptions.Section}:PreviousCertificatePath is set but {KeyRingOptions.Section}:CertificatePath is not: set the new certificate too.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(KeyRingOptions.Section, typeof(KeyRingOptions), failures);
        }

        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<InterviewDbContext>();
        if (current is not null)
        {
            builder.ProtectKeysWithCertificate(current);
            // Keys encrypted to the current certificate, and, while changing it, to the previous one, can be read.
            builder.UnprotectKeysWithAnyCertificate(previous is null ? [current] : [current, previous]);
        }

        return services;
    }

    /// <summary>The certificate a setting names, or null when it names none or (with a failure added) a bad one.</summary>
    private static X509Certificate2? Read(List<string> failures, string setting, string? path, string? password)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var key = $"{KeyRingOptions.Section}:{setting}";
        if (!File.Exists(path))
        {
            failures.Add($"{key}: no file at '{path}'.");
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            // The private key is kept in memory only.
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            failures.Add($"{key}: '{path}' could not be read as a .pfx with the password given ({e.Message}).");
            return null;
        }

        var problem = !certificate.HasPrivateKey ? $"{key}: '{path}' has no private key; export the certificate with its key (.pfx)."
            : certificate.GetRSAPublicKey() is null ? $"{key}: '{path}' is not an RSA certificate, which the key ring's encryption needs."
            : null;
        if (problem is null)
        {
            return certificate;
        }

        failures.Add(problem);
        certificate.Dispose();
        return null;
    }
}
