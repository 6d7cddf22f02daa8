using Microsoft.AspNetCore.Authorization;

namespace Vigil.App.Hosting;

/// <summary>The OpenRosa endpoints' rule: signed in by HTTP Basic or an API key; without credentials the answer asks for Basic (ODK Collect then prompts).</summary>
public static class OpenRosaPolicy
{
    public const string Name = "openrosa";

    public static AuthorizationBuilder AddOpenRosaPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, p => p.AddAuthenticationSchemes(BasicAuthenticationHandler.SchemeName, ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
}
