using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActorAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actor_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: true),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FrameworkId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FrameworkVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "actor_standard_settings",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Required = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ChosenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChosenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_standard_settings", x => x.OrganizationId);
                });

            migrationBuilder.CreateTable(
                name: "actor_assessment_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_assessment_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actor_assessment_changes_actor_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "actor_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actor_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reference = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Reliability = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Credibility = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actor_evidence_actor_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "actor_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actor_individuals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Role = table.Column<string>(type: "text", nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_individuals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actor_individuals_actor_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "actor_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actor_judgements",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsFactor = table.Column<bool>(type: "boolean", nullable: false),
                    Standard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: true),
                    Trend = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Confidence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    Gender = table.Column<bool>(type: "boolean", nullable: false),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_judgements", x => new { x.AssessmentId, x.Target });
                    table.ForeignKey(
                        name: "FK_actor_judgements_actor_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "actor_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actor_namings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Standard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EvidenceIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_namings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actor_namings_actor_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "actor_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actor_assessment_changes_AssessmentId_At",
                table: "actor_assessment_changes",
                columns: new[] { "AssessmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_actor_assessments_ActorId_AsOf",
                table: "actor_assessments",
                columns: new[] { "ActorId", "AsOf" });

            migrationBuilder.CreateIndex(
                name: "IX_actor_assessments_SeriesId",
                table: "actor_assessments",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_evidence_AssessmentId_Target",
                table: "actor_evidence",
                columns: new[] { "AssessmentId", "Target" });

            migrationBuilder.CreateIndex(
                name: "IX_actor_evidence_EventId",
                table: "actor_evidence",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_individuals_AssessmentId",
                table: "actor_individuals",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_namings_ActorId",
                table: "actor_namings",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_namings_AssessmentId",
                table: "actor_namings",
                column: "AssessmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_assessment_changes");

            migrationBuilder.DropTable(
                name: "actor_evidence");

            migrationBuilder.DropTable(
                name: "actor_individuals");

            migrationBuilder.DropTable(
                name: "actor_judgements");

            migrationBuilder.DropTable(
                name: "actor_namings");

            migrationBuilder.DropTable(
                name: "actor_standard_settings");

            migrationBuilder.DropTable(
                name: "actor_assessments");
        }
    }
}
