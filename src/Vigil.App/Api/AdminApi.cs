using System.Globalization;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;
using Vigil.App.Hosting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class AdminApi
{
    public sealed record AuditView(DateTime At, string Actor, string? Address, string Action, string RecordType, string RecordId, string? Before, string? After);

    public static void MapAdmin(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/admin").WithTags("Administration")
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Viewer().Role == Roles.Admin ? await next(context) : TypedResults.Forbid());

        group.MapGet("/audit", async (string? recordType, string? recordId, int? take, string? format, HttpContext context, VigilDb db, CancellationToken ct) =>
            {
                var query = db.AuditLog.AsNoTracking().VisibleTo(context.Viewer());
                if (!string.IsNullOrWhiteSpace(recordType))
                {
                    query = query.Where(a => a.RecordType == recordType);
                }
                if (!string.IsNullOrWhiteSpace(recordId))
                {
                    query = query.Where(a => a.RecordId == recordId);
                }
                var rows = await query.OrderByDescending(a => a.At).Take(Math.Clamp(take ?? 500, 1, 50_000))
                    .Select(a => new AuditView(a.At, a.Actor, a.Address, a.Action, a.RecordType, a.RecordId, a.Before, a.After)).ToListAsync(ct);
                if (format == "csv")
                {
                    using var text = new StringWriter(CultureInfo.InvariantCulture);
                    using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
                    {
                        foreach (var r in rows)
                        {
                            await using var row = writer.NewRow(ct);
                            row["at"].Set(r.At.ToString("O", CultureInfo.InvariantCulture));
                            row["actor"].Set(r.Actor);
                            row["address"].Set(r.Address ?? "");
                            row["action"].Set(r.Action);
                            row["record_type"].Set(r.RecordType);
                            row["record_id"].Set(r.RecordId);
                            row["before"].Set(r.Before ?? "");
                            row["after"].Set(r.After ?? "");
                        }
                    }
                    return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", "vigil-audit.csv");
                }
                return Results.Ok(rows);
            })
            .WithSummary("The audit log, newest first (admins only: entries about records they may see, or written by their organisation); ?recordType=&recordId=&take=&format=csv.");

        // An admin manages the people of their own organisation (decision 0010: user records are that organisation's);
        // the command line (`vigil users list`) sees everyone.
        group.MapGet("/users", async (HttpContext http, VigilDb db, CancellationToken ct) =>
            {
                var viewer = http.Viewer();
                return TypedResults.Ok(await db.Users.AsNoTracking()
                    .Where(u => viewer.IsSystem || u.OrganizationId == viewer.OrganizationId)
                    .Join(db.Organizations, u => u.OrganizationId, o => o.Id, (u, o) => new { u.Id, u.Email, u.Role, organization = o.Name, u.DisabledAt, u.LockoutEnd })
                    .ToListAsync(ct));
            })
            .WithSummary("The users of the admin's own organisation with role and state (admins only).");
    }
}
