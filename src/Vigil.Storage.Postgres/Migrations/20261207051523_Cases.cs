using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SummaryEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SummaryZh = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PeriodStart = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PeriodEnd = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Timeline = table.Column<string>(type: "text", nullable: false),
                    Options = table.Column<string>(type: "text", nullable: false),
                    Actors = table.Column<string>(type: "text", nullable: false),
                    Factors = table.Column<string>(type: "text", nullable: false),
                    Sources = table.Column<string>(type: "text", nullable: false),
                    RatingsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    SourceSituationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_CountryIso3",
                table: "cases",
                column: "CountryIso3");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SourceSituationId",
                table: "cases",
                column: "SourceSituationId");

            // Hand-written: what EF Core cannot generate from the model (CasesHandWrittenSql.cs).
            CasesHandWrittenSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            CasesHandWrittenSql.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "cases");
        }
    }
}
