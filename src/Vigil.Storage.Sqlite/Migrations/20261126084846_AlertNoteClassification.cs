using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AlertNoteClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoteClassification",
                table: "alert_transitions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Internal");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "alert_transitions",
                type: "TEXT",
                nullable: true);

            // Existing steps (see AlertTransition and README, Security): Vigil's own steps ("raised by signal …",
            // "merged signal …") describe public event data and stay Public. A person's note was read by every
            // signed-in user until now, but it may hold a source or a planned démarche, so it becomes Internal —
            // the default for new notes — owned by its author's organisation, found from the recorded author (the
            // user's e-mail, or user name when there is no e-mail). A step whose author is no longer a user (or was
            // the command line) keeps no organisation: its note is then shown to nobody in the app (Viewer.CanSee
            // matches no organisation), only to the command line; an admin can read it in the audit log's record
            // of the step. Hiding too much was preferred to leaking: the step itself stays visible to all.
            migrationBuilder.Sql("""
                UPDATE alert_transitions SET "NoteClassification" = 'Public' WHERE "By" = 'system';
                """);
            migrationBuilder.Sql("""
                UPDATE alert_transitions SET "OrganizationId" = (
                    SELECT u."OrganizationId" FROM "AspNetUsers" u
                    WHERE u."Email" = alert_transitions."By" OR (u."Email" IS NULL AND u."UserName" = alert_transitions."By")
                    ORDER BY u."Email" LIMIT 1)
                WHERE "By" <> 'system';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoteClassification",
                table: "alert_transitions");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "alert_transitions");
        }
    }
}
