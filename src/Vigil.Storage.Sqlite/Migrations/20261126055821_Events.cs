using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DateStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DatePrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    CountryCow = table.Column<int>(type: "INTEGER", nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", nullable: true),
                    Admin2 = table.Column<string>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    GeoPrecision = table.Column<int>(type: "INTEGER", nullable: true),
                    ViolenceType = table.Column<int>(type: "INTEGER", nullable: true),
                    EventType = table.Column<string>(type: "TEXT", nullable: true),
                    SubEventType = table.Column<string>(type: "TEXT", nullable: true),
                    CameoCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    CameoRoot = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Actor1 = table.Column<string>(type: "TEXT", nullable: true),
                    Actor2 = table.Column<string>(type: "TEXT", nullable: true),
                    FatalitiesBest = table.Column<int>(type: "INTEGER", nullable: true),
                    FatalitiesLow = table.Column<int>(type: "INTEGER", nullable: true),
                    FatalitiesHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CivilianDeaths = table.Column<int>(type: "INTEGER", nullable: true),
                    CivilianTargeting = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Observed = table.Column<double>(type: "REAL", nullable: false),
                    Expected = table.Column<double>(type: "REAL", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
