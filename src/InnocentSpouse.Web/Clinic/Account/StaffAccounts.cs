using System.Security.Cryptography;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Web.Clinic.Account;

/// <summary>Clinics and their staff accounts: creating a clinic, the two roles.</summary>
public sealed class StaffAccounts(InterviewDbContext db, ClinicKeys keys, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    /// <summary>Creates a clinic with a new wrapped data key (and the two staff roles, if missing).</summary>
    public async Task<ClinicTenant> CreateClinicAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await EnsureRolesAsync();
        var clinic = new ClinicTenant
        {
            Id = NewId(),
            Name = name.Trim(),
            WrappedDataKey = keys.NewWrappedKey(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync(cancellationToken);
        return clinic;
    }

    /// <summary>The clinic with this id, or null.</summary>
    public Task<ClinicTenant?> ClinicAsync(string clinicId, CancellationToken cancellationToken = default) =>
        db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clinicId, cancellationToken);

    /// <summary>Creates the Identity roles <see cref="StaffRoles.All"/> that do not exist yet.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException($"Could not create the role {role}.");
                }
            }
        }
    }

    /// <summary>128 random bits, URL-safe base64: ids and invitation tokens.</summary>
    public static string NewId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
}
