using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Forecasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forecast_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Model = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DataSource = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DataYear = table.Column<int>(type: "integer", nullable: false),
                    TrainingRows = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forecast_entries",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    EwpName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ccode = table.Column<int>(type: "integer", nullable: false),
                    Iso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Risk = table.Column<double>(type: "double precision", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    RaisingJson = table.Column<string>(type: "text", nullable: false),
                    LoweringJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_entries", x => new { x.RunId, x.EwpName });
                    table.ForeignKey(
                        name: "FK_forecast_entries_forecast_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "forecast_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_entries_Iso3",
                table: "forecast_entries",
                column: "Iso3");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_runs_CreatedAt",
                table: "forecast_runs",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forecast_entries");

            migrationBuilder.DropTable(
                name: "forecast_runs");
        }
    }
}
