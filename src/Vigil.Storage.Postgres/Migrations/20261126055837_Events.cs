using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DateStart = table.Column<DateOnly>(type: "date", nullable: false),
                    DateEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    DatePrecision = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    CountryCow = table.Column<int>(type: "integer", nullable: true),
                    Admin1 = table.Column<string>(type: "text", nullable: true),
                    Admin2 = table.Column<string>(type: "text", nullable: true),
                    Place = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    GeoPrecision = table.Column<int>(type: "integer", nullable: true),
                    ViolenceType = table.Column<int>(type: "integer", nullable: true),
                    EventType = table.Column<string>(type: "text", nullable: true),
                    SubEventType = table.Column<string>(type: "text", nullable: true),
                    CameoCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    CameoRoot = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Actor1 = table.Column<string>(type: "text", nullable: true),
                    Actor2 = table.Column<string>(type: "text", nullable: true),
                    FatalitiesBest = table.Column<int>(type: "integer", nullable: true),
                    FatalitiesLow = table.Column<int>(type: "integer", nullable: true),
                    FatalitiesHigh = table.Column<int>(type: "integer", nullable: true),
                    CivilianDeaths = table.Column<int>(type: "integer", nullable: true),
                    CivilianTargeting = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    ContentHash = table.Column<long>(type: "bigint", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DataSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Admin1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    Measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Observed = table.Column<double>(type: "double precision", nullable: false),
                    Expected = table.Column<double>(type: "double precision", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Indicators = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_events_CountryIso3_Month",
                table: "events",
                columns: new[] { "CountryIso3", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_events_Source_SourceId",
                table: "events",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_signals_CountryIso3_Period",
                table: "signals",
                columns: new[] { "CountryIso3", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_signals_Origin_DataSource_CountryIso3_Admin1_Period_Measure",
                table: "signals",
                columns: new[] { "Origin", "DataSource", "CountryIso3", "Admin1", "Period", "Measure" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "signals");
        }
    }
}
