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

            migrationBuilder.CreateIndex(
                name: "IX_events_CountryIso3_Month",
                table: "events",
                columns: new[] { "CountryIso3", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_events_Source_SourceId",
                table: "events",
                columns: new[] { "Source", "SourceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
