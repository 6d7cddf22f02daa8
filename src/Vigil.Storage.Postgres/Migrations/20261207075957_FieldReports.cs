using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FieldReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "field_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FormId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FormVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Admin1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Admin2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Perpetrator = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    WarningSigns = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    HateSpeechSeen = table.Column<bool>(type: "boolean", nullable: false),
                    Network = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReporterName = table.Column<string>(type: "text", nullable: true),
                    ReporterPhone = table.Column<string>(type: "text", nullable: true),
                    ReporterDeviceId = table.Column<string>(type: "text", nullable: true),
                    ReporterAccount = table.Column<string>(type: "text", nullable: true),
                    ReporterHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RawSubmission = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_field_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbound_sms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Gateway = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sender = table.Column<string>(type: "text", nullable: true),
                    SenderHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    Parts = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reply = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound_sms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_location_policies",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    GridKm = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_location_policies", x => x.OrganizationId);
                });

            migrationBuilder.CreateTable(
                name: "reporter_hash_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporter_hash_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "field_report_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    SharedPath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OriginalPath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_field_report_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_field_report_attachments_field_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "field_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "field_report_harm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Age = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_field_report_harm", x => x.Id);
                    table.ForeignKey(
                        name: "FK_field_report_harm_field_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "field_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_field_report_attachments_ReportId",
                table: "field_report_attachments",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_field_report_harm_ReportId",
                table: "field_report_harm",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_CountryIso3_OccurredAt",
                table: "field_reports",
                columns: new[] { "CountryIso3", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_OrganizationId_ClientId",
                table: "field_reports",
                columns: new[] { "OrganizationId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_ReporterHash",
                table: "field_reports",
                column: "ReporterHash");

            migrationBuilder.CreateIndex(
                name: "IX_field_reports_Status_ReceivedAt",
                table: "field_reports",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inbound_sms_Gateway_MessageId",
                table: "inbound_sms",
                columns: new[] { "Gateway", "MessageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbound_sms_SenderHash_Reference",
                table: "inbound_sms",
                columns: new[] { "SenderHash", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "field_report_attachments");

            migrationBuilder.DropTable(
                name: "field_report_harm");

            migrationBuilder.DropTable(
                name: "inbound_sms");

            migrationBuilder.DropTable(
                name: "report_location_policies");

            migrationBuilder.DropTable(
                name: "reporter_hash_keys");

            migrationBuilder.DropTable(
                name: "field_reports");
        }
    }
}
