namespace Vigil.Security;

/// <summary>Stores the time of a successful sign-in (a browser session or a bearer token).</summary>
public sealed class RecordSignIn(UserAccounts accounts, TimeProvider time)
{
    public async Task RunAsync(VigilUser user)
    {
        user.LastSignInAt = time.GetUtcNow().UtcDateTime;
        await accounts.UpdateAsync(user, "email");
    }
}
