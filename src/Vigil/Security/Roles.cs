namespace Vigil.Security;

/// <summary>The five roles and what each may do. Every check in the app asks here.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Analyst = "analyst";
    public const string Reviewer = "reviewer";
    public const string Monitor = "monitor";
    public const string Viewer = "viewer";

    public static readonly string[] All = [Admin, Analyst, Reviewer, Monitor, Viewer];

    public static string Parse(string? role) =>
        All.FirstOrDefault(r => r.Equals(role?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainRuleException("role", new ResourceText(
            SecurityDomainText.ResourceManager, nameof(SecurityDomainText.NotARole), role, new TextList(All)));

    /// <summary>Create and edit assessments and other analytical records.</summary>
    public static bool CanEdit(string role) => role is Admin or Analyst;

    /// <summary>Approve or return work submitted for review.</summary>
    public static bool CanReview(string role) => role is Admin or Reviewer;

    /// <summary>Manage the people of their own organisation, the alert rules and the webhooks; read the audit log.</summary>
    public static bool CanAdminister(string role) => role is Admin;

    /// <summary>See Confidential records and fields (source and reporter identities) of their own organisation.</summary>
    public static bool CanSeeConfidential(string role) => role is Admin or Analyst or Reviewer;
}
