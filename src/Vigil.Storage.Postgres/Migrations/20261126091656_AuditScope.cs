using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActorOrganizationId",
                table: "audit_log",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordClassification",
                table: "audit_log",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Restricted");

            migrationBuilder.AddColumn<Guid>(
                name: "RecordOrganizationId",
                table: "audit_log",
                type: "uuid",
                nullable: true);

            // Entries written before this migration (see decision record 0010): the actor's organisation is the recorded
            // user's. The record's owner and classification are taken from the record as it is now, where it still
            // exists: an assessment's, forecast run's or alert step's own; an assessment's parts (judgements and
            // resilience ratings by the assessment id their key starts with, evidence and history through their rows)
            // and a forecast run's entries take their parent's; users, API keys, alert read marks, organisations and
            // shares are Restricted to their organisation; alerts, signals, rules, digests, webhooks, events and
            // framework versions are system records, Public. Everything else — records deleted since, and Identity's
            // claims, logins and tokens, which Vigil does not use — keeps the column default, Restricted to no
            // organisation: only the command line reads those, and admins of the actor's organisation. Guids are
            // compared as lower-case text (RecordId holds Guid.ToString()); the SQL is the same on SQLite and PostgreSQL.
            migrationBuilder.Sql("""
                UPDATE audit_log SET "ActorOrganizationId" = u."OrganizationId"
                FROM "AspNetUsers" AS u WHERE audit_log."UserId" = u."Id";

                UPDATE audit_log SET "RecordClassification" = 'Public'
                WHERE "RecordType" IN ('Alert', 'AlertSignal', 'Signal', 'AlertRule', 'AlertDigest', 'WebhookSubscription', 'WebhookDelivery', 'Event', 'FrameworkRecord');

                UPDATE audit_log SET "RecordOrganizationId" = s."OrganizationId", "RecordClassification" = s."Classification"
                FROM (
                    SELECT 'RiskAssessment' AS record_type, lower(CAST("Id" AS TEXT)) AS id, "OrganizationId", "Classification" FROM assessments
                    UNION ALL
                    SELECT 'EvidenceItem', lower(CAST(e."Id" AS TEXT)), a."OrganizationId", a."Classification"
                    FROM evidence_items AS e JOIN assessments AS a ON a."Id" = e."AssessmentId"
                    UNION ALL
                    SELECT 'AssessmentChange', lower(CAST(c."Id" AS TEXT)), a."OrganizationId", a."Classification"
                    FROM assessment_changes AS c JOIN assessments AS a ON a."Id" = c."AssessmentId"
                    UNION ALL
                    SELECT 'ForecastRun', lower(CAST("Id" AS TEXT)), "OrganizationId", "Classification" FROM forecast_runs
                    UNION ALL
                    SELECT 'AlertTransition', CAST("Id" AS TEXT), "OrganizationId", "NoteClassification" FROM alert_transitions
                    UNION ALL
                    SELECT 'VigilUser', lower(CAST("Id" AS TEXT)), "OrganizationId", 'Restricted' FROM "AspNetUsers"
                    UNION ALL
                    SELECT 'ApiKey', lower(CAST(k."Id" AS TEXT)), u."OrganizationId", 'Restricted'
                    FROM api_keys AS k JOIN "AspNetUsers" AS u ON u."Id" = k."UserId"
                    UNION ALL
                    SELECT 'Organization', lower(CAST("Id" AS TEXT)), "Id", 'Restricted' FROM organizations
                ) AS s
                WHERE audit_log."RecordType" = s.record_type AND audit_log."RecordId" = s.id;

                UPDATE audit_log SET "RecordOrganizationId" = s."OrganizationId", "RecordClassification" = s."Classification"
                FROM (
                    SELECT lower(CAST("Id" AS TEXT)) AS id, "OrganizationId", "Classification" FROM assessments
                ) AS s
                WHERE audit_log."RecordType" IN ('IndicatorJudgement', 'ResilienceRating') AND substr(audit_log."RecordId", 1, 36) = s.id;

                UPDATE audit_log SET "RecordOrganizationId" = s."OrganizationId", "RecordClassification" = s."Classification"
                FROM (
                    SELECT lower(CAST("Id" AS TEXT)) AS id, "OrganizationId", "Classification" FROM forecast_runs
                ) AS s
                WHERE audit_log."RecordType" = 'ForecastEntry' AND substr(audit_log."RecordId", 1, 36) = s.id;

                UPDATE audit_log SET "RecordOrganizationId" = s."Id", "RecordClassification" = 'Restricted'
                FROM (
                    SELECT lower(CAST("Id" AS TEXT)) AS id, "Id" FROM organizations
                ) AS s
                WHERE audit_log."RecordType" = 'OrganizationShare' AND substr(audit_log."RecordId", 1, 36) = s.id;

                UPDATE audit_log SET "RecordOrganizationId" = s."OrganizationId", "RecordClassification" = 'Restricted'
                FROM (
                    SELECT lower(CAST("Id" AS TEXT)) AS id, "OrganizationId" FROM "AspNetUsers"
                ) AS s
                WHERE audit_log."RecordType" = 'AlertRead' AND substr(audit_log."RecordId", 38, 36) = s.id;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_ActorOrganizationId_At",
                table: "audit_log",
                columns: new[] { "ActorOrganizationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_RecordClassification_RecordOrganizationId_At",
                table: "audit_log",
                columns: new[] { "RecordClassification", "RecordOrganizationId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_log_ActorOrganizationId_At",
                table: "audit_log");

            migrationBuilder.DropIndex(
                name: "IX_audit_log_RecordClassification_RecordOrganizationId_At",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "ActorOrganizationId",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "RecordClassification",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "RecordOrganizationId",
                table: "audit_log");
        }
    }
}
