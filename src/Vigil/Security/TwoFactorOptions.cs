namespace Vigil.Security;

/// <summary>The host's two-factor settings (configuration section <see cref="Section"/>; README, Security).</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "Vigil:TwoFactor";

    /// <summary>Admins must sign in with a second factor; on by default. An operator may turn it off, e.g. behind a single sign-on proxy.</summary>
    public bool RequiredForAdmins { get; set; } = true;

    /// <summary>
    /// The e-mail of one account excepted from the rule for admins: the demo sets it to its own admin, whose password is printed on the
    /// console for a training session (a notice says so on the pages). An organisation's own requirement still applies.
    /// </summary>
    public string? ExemptUser { get; set; }
}
