using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "event_months",
                columns: table => new
                {
                    CountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Admin1 = table.Column<string>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Spread = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActorType = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false),
                    Fatalities = table.Column<long>(type: "INTEGER", nullable: false),
                    CivilianEvents = table.Column<int>(type: "INTEGER", nullable: false),
                    CivilianDeaths = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_months", x => new { x.CountryIso3, x.Source, x.Admin1, x.Month, x.Spread, x.ActorType, x.ActorName });
                });

            migrationBuilder.CreateIndex(
                name: "IX_events_spread",
                table: "events",
                columns: new[] { "CountryIso3", "Source", "Month" },
                filter: "\"DatePrecision\" = 5");

            // ---- Hand-written SQL (decision record 0014) ----
            // event_months is kept in step with events inside each write's transaction. The importers add the events
            // they insert themselves (Events/Import/EventMonthsSql.cs, Events/Series/EventMonthKey.cs: the same key as
            // here); these triggers move an updated event's old values out and its new ones in, and take a deleted
            // event out, dropping a row when its count reaches 0.
            migrationBuilder.Sql(@"CREATE TRIGGER events_months_update AFTER UPDATE ON events BEGIN
    UPDATE event_months SET ""Events"" = ""Events"" - (1), ""Fatalities"" = ""Fatalities"" - (COALESCE(OLD.""FatalitiesBest"", 0)), ""CivilianEvents"" = ""CivilianEvents"" - (CASE WHEN OLD.""ViolenceType"" = 3 THEN 1 ELSE 0 END), ""CivilianDeaths"" = ""CivilianDeaths"" - (COALESCE(OLD.""CivilianDeaths"", 0))
        WHERE ""CountryIso3"" = OLD.""CountryIso3"" AND ""Source"" = OLD.""Source"" AND ""Admin1"" = COALESCE(OLD.""Admin1"", '') AND ""Month"" = OLD.""Month"" AND ""Spread"" = (OLD.""DatePrecision"" = 5) AND ""ActorType"" = COALESCE(OLD.""ActorType"", 0) AND ""ActorName"" = CASE WHEN OLD.""ActorType"" IS NULL THEN COALESCE(substr(OLD.""Actor1"", 1, 200), '') ELSE '' END;
    DELETE FROM event_months WHERE ""CountryIso3"" = OLD.""CountryIso3"" AND ""Source"" = OLD.""Source"" AND ""Admin1"" = COALESCE(OLD.""Admin1"", '') AND ""Month"" = OLD.""Month"" AND ""Spread"" = (OLD.""DatePrecision"" = 5) AND ""ActorType"" = COALESCE(OLD.""ActorType"", 0) AND ""ActorName"" = CASE WHEN OLD.""ActorType"" IS NULL THEN COALESCE(substr(OLD.""Actor1"", 1, 200), '') ELSE '' END AND ""Events"" = 0;
    INSERT INTO event_months (""CountryIso3"", ""Source"", ""Admin1"", ""Month"", ""Spread"", ""ActorType"", ""ActorName"", ""Events"", ""Fatalities"", ""CivilianEvents"", ""CivilianDeaths"")
        SELECT NEW.""CountryIso3"", NEW.""Source"", COALESCE(NEW.""Admin1"", ''), NEW.""Month"", (NEW.""DatePrecision"" = 5), COALESCE(NEW.""ActorType"", 0), CASE WHEN NEW.""ActorType"" IS NULL THEN COALESCE(substr(NEW.""Actor1"", 1, 200), '') ELSE '' END, 1, COALESCE(NEW.""FatalitiesBest"", 0), CASE WHEN NEW.""ViolenceType"" = 3 THEN 1 ELSE 0 END, COALESCE(NEW.""CivilianDeaths"", 0)
        WHERE NEW.""CountryIso3"" IS NOT NULL
        ON CONFLICT (""CountryIso3"", ""Source"", ""Admin1"", ""Month"", ""Spread"", ""ActorType"", ""ActorName"") DO UPDATE SET ""Events"" = event_months.""Events"" + excluded.""Events"", ""Fatalities"" = event_months.""Fatalities"" + excluded.""Fatalities"", ""CivilianEvents"" = event_months.""CivilianEvents"" + excluded.""CivilianEvents"", ""CivilianDeaths"" = event_months.""CivilianDeaths"" + excluded.""CivilianDeaths"";
END;");

            migrationBuilder.Sql(@"CREATE TRIGGER events_months_delete AFTER DELETE ON events BEGIN
    UPDATE event_months SET ""Events"" = ""Events"" - (1), ""Fatalities"" = ""Fatalities"" - (COALESCE(OLD.""FatalitiesBest"", 0)), ""CivilianEvents"" = ""CivilianEvents"" - (CASE WHEN OLD.""ViolenceType"" = 3 THEN 1 ELSE 0 END), ""CivilianDeaths"" = ""CivilianDeaths"" - (COALESCE(OLD.""CivilianDeaths"", 0))
        WHERE ""CountryIso3"" = OLD.""CountryIso3"" AND ""Source"" = OLD.""Source"" AND ""Admin1"" = COALESCE(OLD.""Admin1"", '') AND ""Month"" = OLD.""Month"" AND ""Spread"" = (OLD.""DatePrecision"" = 5) AND ""ActorType"" = COALESCE(OLD.""ActorType"", 0) AND ""ActorName"" = CASE WHEN OLD.""ActorType"" IS NULL THEN COALESCE(substr(OLD.""Actor1"", 1, 200), '') ELSE '' END;
    DELETE FROM event_months WHERE ""CountryIso3"" = OLD.""CountryIso3"" AND ""Source"" = OLD.""Source"" AND ""Admin1"" = COALESCE(OLD.""Admin1"", '') AND ""Month"" = OLD.""Month"" AND ""Spread"" = (OLD.""DatePrecision"" = 5) AND ""ActorType"" = COALESCE(OLD.""ActorType"", 0) AND ""ActorName"" = CASE WHEN OLD.""ActorType"" IS NULL THEN COALESCE(substr(OLD.""Actor1"", 1, 200), '') ELSE '' END AND ""Events"" = 0;
END;");

            // Back-fill from the events already stored.
            migrationBuilder.Sql(@"INSERT INTO event_months (""CountryIso3"", ""Source"", ""Admin1"", ""Month"", ""Spread"", ""ActorType"", ""ActorName"", ""Events"", ""Fatalities"", ""CivilianEvents"", ""CivilianDeaths"")
    SELECT ""CountryIso3"", ""Source"", COALESCE(""Admin1"", ''), ""Month"", (""DatePrecision"" = 5), COALESCE(""ActorType"", 0), CASE WHEN ""ActorType"" IS NULL THEN COALESCE(substr(""Actor1"", 1, 200), '') ELSE '' END,
        count(*), sum(COALESCE(""FatalitiesBest"", 0)), sum(CASE WHEN ""ViolenceType"" = 3 THEN 1 ELSE 0 END), sum(COALESCE(""CivilianDeaths"", 0))
    FROM events WHERE ""CountryIso3"" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7;");

            // ---- end of hand-written SQL ----
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER events_months_update;");
            migrationBuilder.Sql("DROP TRIGGER events_months_delete;");

            migrationBuilder.DropTable(
                name: "event_months");

            migrationBuilder.DropIndex(
                name: "IX_events_spread",
                table: "events");
        }
    }
}
