using System.Security.Cryptography;
using System.Text;

namespace Vigil.Security;

/// <summary>
/// A personal API key. Only a SHA-256 hash is stored; the key itself is shown once.
/// Keys are long random strings, so a fast hash is enough (no password stretching needed).
/// </summary>
public sealed class ApiKey
{
    public const string Prefix = "vgl_";

    private ApiKey()
    {
    }

    private ApiKey(Guid userId, string name, string keyHash, string hint, DateTime now, DateTime? expiresAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Name = name;
        KeyHash = keyHash;
        Hint = hint;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string KeyHash { get; private set; } = "";

    /// <summary>The first characters of the key, to tell keys apart in a list.</summary>
    public string Hint { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    public static (ApiKey Key, string Secret) Issue(Guid userId, string name, DateTime now, DateTime? expiresAt)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new DomainRuleException("name", "An API key needs a name of at most 100 characters.");
        }
        if (expiresAt is not null && expiresAt <= now)
        {
            throw new DomainRuleException("expiresAt", "An API key's expiry must be in the future.");
        }
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (new ApiKey(userId, name.Trim(), Hash(secret), secret[..10], now, expiresAt), secret);
    }

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void MarkUsed(DateTime now) => LastUsedAt = now;
}
