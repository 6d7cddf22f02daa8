namespace Vigil.App.Api;

/// <summary>
/// Who is acting. Until accounts exist (security issue), the caller names themself in the
/// X-Vigil-User header or the request body; the review rule (approver ≠ author) uses it.
/// </summary>
public static class Actor
{
    public const string Header = "X-Vigil-User";
    public const string Default = "analyst";

    public static string From(HttpContext context, string? named = null)
    {
        var name = !string.IsNullOrWhiteSpace(named) ? named : context.Request.Headers[Header].ToString();
        name = string.IsNullOrWhiteSpace(name) ? Default : name.Trim();
        return name.Length <= 200 ? name : throw new DomainRuleException("author", "A user name is at most 200 characters.");
    }
}
