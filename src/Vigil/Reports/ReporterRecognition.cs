using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>
/// Recognises a repeat reporter without keeping their number in clear: HMAC-SHA256 under the store's secret key
/// (<see cref="ReporterHashKey"/>, created on first use, encrypted with the key ring). A plain hash of a phone number would not
/// do: there are few enough numbers to hash them all.
/// </summary>
public sealed class ReporterRecognition(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    private byte[]? _key;

    /// <summary>The hash of the phone (digits only), else the device id, else the account; null for an anonymous report.</summary>
    public async Task<string?> HashAsync(ReporterIdentity reporter, CancellationToken cancellationToken)
    {
        var basis = Basis(reporter);
        return basis is null ? null : await HashOfAsync(basis, cancellationToken);
    }

    public async Task<string> HashOfAsync(string basis, CancellationToken cancellationToken)
    {
        var key = _key ??= await LoadKeyAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(basis)));
    }

    /// <summary>What identifies a reporter, normalised so the same phone written two ways hashes alike.</summary>
    public static string? Basis(ReporterIdentity reporter)
    {
        if (NormalisePhone(reporter.Phone) is { } phone)
        {
            return "phone:" + phone;
        }
        if (!string.IsNullOrWhiteSpace(reporter.DeviceId))
        {
            return "device:" + reporter.DeviceId.Trim().ToLowerInvariant();
        }
        return string.IsNullOrWhiteSpace(reporter.Account) ? null : "account:" + reporter.Account.Trim().ToLowerInvariant();
    }

    /// <summary>Digits only (a leading 00 read as +): "+249 91 234-5678", "0024991 2345678" and "tel:+249912345678" are one number.</summary>
    public static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        return digits.Length == 0 ? null : digits;
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ReporterHashKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == 1, cancellationToken) is { Key: { } stored })
        {
            return Convert.FromBase64String(stored);
        }
        db.ReporterHashKeys.Add(new ReporterHashKey(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first: take theirs.
        }
        await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await again.ReporterHashKeys.AsNoTracking().SingleAsync(k => k.Id == 1, cancellationToken);
        return Convert.FromBase64String(key.Key!);
    }
}
