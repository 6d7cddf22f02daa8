using Microsoft.EntityFrameworkCore.Migrations;

namespace Vigil.Storage.Postgres.Migrations;

/// <summary>
/// The SQL of migration Initial that EF Core cannot generate from the model: the trigger function keeping event_months
/// in step with events, and the partial index of the deadliest events. It belongs to that migration as it stands: a
/// later change to these writes its own SQL in its own migration and leaves this file as it is.
/// </summary>
public static class InitialHandWrittenSql
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        // Decision record 0014: event_months is kept in step with events inside each write's transaction. The importers
        // add the events they insert themselves (Events/Import/EventMonthsSql.cs, Events/Series/EventMonthKey.cs: the
        // same key as here); these triggers move an updated event's old values out and its new ones in, and take a
        // deleted event out, dropping a row when its count reaches 0.
        migrationBuilder.Sql(@"CREATE FUNCTION events_months_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.""CountryIso3"" IS NOT NULL THEN
    UPDATE event_months SET ""Events"" = ""Events"" - (1), ""Fatalities"" = ""Fatalities"" - (COALESCE(OLD.""FatalitiesBest"", 0)), ""CivilianEvents"" = ""CivilianEvents"" - (CASE WHEN OLD.""ViolenceType"" = 3 THEN 1 ELSE 0 END), ""CivilianDeaths"" = ""CivilianDeaths"" - (COALESCE(OLD.""CivilianDeaths"", 0))
        WHERE ""CountryIso3"" = OLD.""CountryIso3"" AND ""Source"" = OLD.""Source"" AND ""Admin1"" = COALESCE(OLD.""Admin1"", '') AND ""Month"" = OLD.""Month"" AND ""Spread"" = (OLD.""DatePrecision"" = 5) AND ""ActorType"" = COALESCE(OLD.""ActorType"", 0) AND ""ActorName"" = CASE WHEN OLD.""ActorType"" IS NULL THEN COALESCE(substr(OLD.""Actor1"", 1, 200), '') ELSE '' END;
    DELETE FROM event_months WHERE ""CountryIso3"" = OLD.""CountryIso3"" AND ""Source"" = OLD.""Source"" AND ""Admin1"" = COALESCE(OLD.""Admin1"", '') AND ""Month"" = OLD.""Month"" AND ""Spread"" = (OLD.""DatePrecision"" = 5) AND ""ActorType"" = COALESCE(OLD.""ActorType"", 0) AND ""ActorName"" = CASE WHEN OLD.""ActorType"" IS NULL THEN COALESCE(substr(OLD.""Actor1"", 1, 200), '') ELSE '' END AND ""Events"" = 0;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.""CountryIso3"" IS NOT NULL THEN
    INSERT INTO event_months (""CountryIso3"", ""Source"", ""Admin1"", ""Month"", ""Spread"", ""ActorType"", ""ActorName"", ""Events"", ""Fatalities"", ""CivilianEvents"", ""CivilianDeaths"")
        VALUES (NEW.""CountryIso3"", NEW.""Source"", COALESCE(NEW.""Admin1"", ''), NEW.""Month"", (NEW.""DatePrecision"" = 5), COALESCE(NEW.""ActorType"", 0), CASE WHEN NEW.""ActorType"" IS NULL THEN COALESCE(substr(NEW.""Actor1"", 1, 200), '') ELSE '' END, 1, COALESCE(NEW.""FatalitiesBest"", 0), CASE WHEN NEW.""ViolenceType"" = 3 THEN 1 ELSE 0 END, COALESCE(NEW.""CivilianDeaths"", 0))
        ON CONFLICT (""CountryIso3"", ""Source"", ""Admin1"", ""Month"", ""Spread"", ""ActorType"", ""ActorName"") DO UPDATE SET ""Events"" = event_months.""Events"" + excluded.""Events"", ""Fatalities"" = event_months.""Fatalities"" + excluded.""Fatalities"", ""CivilianEvents"" = event_months.""CivilianEvents"" + excluded.""CivilianEvents"", ""CivilianDeaths"" = event_months.""CivilianDeaths"" + excluded.""CivilianDeaths"";
  END IF;
  RETURN NULL;
END $$;");

        migrationBuilder.Sql(@"CREATE TRIGGER events_months_update AFTER UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_months_change();
CREATE TRIGGER events_months_delete AFTER DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_months_change();");

        // A partial index on an expression, which EF Core cannot declare (EventSearch.Deadliest): the event table's
        // fatalities order (COALESCE(FatalitiesBest, 0) DESC, DateStart DESC, Id) for events with at least 10 deaths.
        migrationBuilder.Sql(@"CREATE INDEX ""IX_events_deadliest"" ON events (""CountryIso3"", COALESCE(""FatalitiesBest"", 0) DESC, ""DateStart"" DESC, ""Id"") WHERE COALESCE(""FatalitiesBest"", 0) >= 10;");
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(@"DROP INDEX ""IX_events_deadliest"";");
        migrationBuilder.Sql("DROP TRIGGER events_months_update ON events;");
        migrationBuilder.Sql("DROP TRIGGER events_months_delete ON events;");
        migrationBuilder.Sql("DROP FUNCTION events_months_change();");
    }
}
