using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using nietras.SeparatedValues;
using Vigil.App.Hosting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class AdminApi
{
    /// <summary><see cref="LastSignInAt"/> is null when the user never signed in; <see cref="MustChangePassword"/> while they still have a temporary password.</summary>
    public sealed record UserDto(Guid Id, string Email, string Role, bool Disabled, bool MustChangePassword, DateTime? LastSignInAt)
    {
        public static UserDto From(VigilUser user) =>
            new(user.Id, user.Email ?? "", user.Role, user.DisabledAt is not null, user.MustChangePassword, user.LastSignInAt);
    }

    /// <summary>The answer to an add or a password reset: the only one that carries the temporary password.</summary>
    public sealed record AddedUserDto(Guid Id, string Email, string Role, string TemporaryPassword);

    /// <summary>The e-mail and role rules live in <see cref="AddMember"/>.</summary>
    public sealed class NewUserRequest
    {
        public string Email { get; init; } = "";

        public string Role { get; init; } = "";
    }

    public sealed class RoleRequest
    {
        public string Role { get; init; } = "";
    }

    /// <summary>Whether every member of the admin's organisation must sign in with a second factor.</summary>
    public sealed record TwoFactorRequirementRequest(bool? Required);

    public sealed record TwoFactorRequirementDto(Guid OrganizationId, string Organization, bool RequireTwoFactor);

    public sealed record AuditView(DateTime At, string Actor, string? Address, string Action, string RecordType, string RecordId, string? Before, string? After);

    public static void MapAdmin(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/admin").WithTags("Administration").RequireAuthorization(AdminPolicy.Name);

        // The admin policy answers 403 (ProblemDetails, by the status-code pages) before any handler below runs;
        // the writes run the account rules (a valid role, an unused e-mail, not yourself, not the last active admin).
        group.ProducesProblem(StatusCodes.Status403Forbidden);
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/audit", async Task<Results<Ok<List<AuditView>>, FileContentHttpResult>> (string? recordType, string? recordId, int? take, string? format, HttpContext context, VigilDb db, CancellationToken ct) =>
            {
                var rows = (await db.ReadAuditLogAsync(context.Viewer(), recordType, recordId, take, ct))
                    .Select(a => new AuditView(a.At, a.Actor, a.Address, a.Action, a.RecordType, a.RecordId, a.Before, a.After)).ToList();
                if (format == "csv")
                {
                    using var text = new StringWriter(CultureInfo.InvariantCulture);
                    // Sep separates; CsvText.Cell quotes each text cell (and defuses formulas), so Sep does not escape again.
                    using (var writer = Sep.New(',').Writer(o => o with { Escape = false }).To(text))
                    {
                        foreach (var r in rows)
                        {
                            await using var row = writer.NewRow(ct);
                            row["at"].Set(r.At.ToString("O", CultureInfo.InvariantCulture));
                            row["actor"].Set(CsvText.Cell(r.Actor));
                            row["address"].Set(CsvText.Cell(r.Address ?? ""));
                            row["action"].Set(CsvText.Cell(r.Action));
                            row["record_type"].Set(CsvText.Cell(r.RecordType));
                            row["record_id"].Set(CsvText.Cell(r.RecordId));
                            row["before"].Set(CsvText.Cell(r.Before ?? ""));
                            row["after"].Set(CsvText.Cell(r.After ?? ""));
                        }
                    }
                    return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", "vigil-audit.csv");
                }
                return TypedResults.Ok(rows);
            })
            .ProducesTextToo("text/csv")
            .WithSummary("The audit log, newest first (admins only: entries about records they may see, or written by their organisation); ?recordType=&recordId=&take=&format=csv.");

        // An admin manages the people of their own organisation (decision 0010: user records are that organisation's);
        // another organisation's user answers 404, as if absent. The command line (`vigil users …`) acts on everyone.
        group.MapGet("/users", async (HttpContext http, ListUsers listUsers, CancellationToken ct) =>
                TypedResults.Ok(await listUsers.RunAsync(http.Viewer(), ct)))
            .WithSummary("The users of the admin's own organisation with role and state: active, disabled or locked-out; mustChangePassword while "
                + "they still have the temporary password an admin gave them; lastSignInAt (UTC), null when they never signed in (admins only).");
        group.MapPost("/users", async (NewUserRequest request, HttpContext http, AddMember addMember, CancellationToken ct) =>
            {
                var (user, password) = await addMember.RunAsync(new(request.Email, request.Role), http.Viewer(), ct);
                return TypedResults.Created($"/api/v1/admin/users/{user.Id}", new AddedUserDto(user.Id, user.Email!, user.Role, password));
            })
            .WithSummary("Adds a user to the admin's own organisation (admins only). Vigil generates a temporary password; this 201 answer "
                + "is the only place it is shown: hand it over by a safe channel. Until the user changes it at /account/password, their session reaches only "
                + "that page and their API calls answer 403 (passwordChangeRequired).");
        group.MapPut("/users/{id:guid}/role", async Task<Results<Ok<UserDto>, NotFound>> (Guid id, RoleRequest request, HttpContext http, ChangeRole changeRole, CancellationToken ct) =>
                await changeRole.RunAsync(new(id, request.Role), http.Viewer(), ct) is { } user ? TypedResults.Ok(UserDto.From(user)) : TypedResults.NotFound())
            .WithSummary("Gives a user of the admin's organisation another role (admins only); the organisation's last active admin keeps the role (409).");
        group.MapPost("/users/{id:guid}/disable", async Task<Results<Ok<UserDto>, NotFound>> (Guid id, HttpContext http, DisableUser disableUser, CancellationToken ct) =>
                await disableUser.RunAsync(new DisableUser.Request(id), http.Viewer(), ct) is { } user ? TypedResults.Ok(UserDto.From(user)) : TypedResults.NotFound())
            .WithSummary("Disables a user of the admin's organisation and ends all their sessions and tokens (admins only); "
                + "not yourself, nor the organisation's last active admin (409).");
        group.MapPost("/users/{id:guid}/reset-password", async Task<Results<Ok<AddedUserDto>, NotFound>> (Guid id, HttpContext http, ResetPassword resetPassword, CancellationToken ct) =>
            {
                if (await resetPassword.RunAsync(new(id), http.Viewer(), ct) is not var (user, password))
                {
                    return TypedResults.NotFound();
                }
                return TypedResults.Ok(new AddedUserDto(user.Id, user.Email!, user.Role, password));
            })
            .WithSummary("Gives a user of the admin's organisation a new temporary password, shown only in this answer; unlocks the account and "
                + "ends their sessions and tokens (admins only; not yourself: use /account/password).");
        group.MapPost("/users/{id:guid}/enable", async Task<Results<Ok<UserDto>, NotFound>> (Guid id, HttpContext http, EnableUser enableUser, CancellationToken ct) =>
                await enableUser.RunAsync(new(id), http.Viewer(), ct) is { } user ? TypedResults.Ok(UserDto.From(user)) : TypedResults.NotFound())
            .WithSummary("Lets a disabled user of the admin's organisation sign in again (admins only); the sessions and tokens ended by disabling stay ended.");
        group.MapPut("/organization/two-factor", async Task<Results<Ok<TwoFactorRequirementDto>, ValidationProblem>> (TwoFactorRequirementRequest request, HttpContext http,
                RequireTwoFactor requireTwoFactor, CancellationToken ct) =>
            {
                if (request.Required is not { } required)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["required"] = ["required (true or false) is missing."] });
                }
                var organization = await requireTwoFactor.RunAsync(new(required), http.Viewer(), ct);
                return TypedResults.Ok(new TwoFactorRequirementDto(organization.Id, organization.Name, organization.RequireTwoFactor));
            })
            .WithSummary("Requires (required: true) or stops requiring two-factor sign-in of every member of the admin's organisation (admins only; "
                + "admins need it anyway). Members without an authenticator are taken to /account/two-factor at their next request, and their tokens "
                + "and API keys answer 403 with twoFactorEnrolmentRequired until they enrol.");
    }
}
