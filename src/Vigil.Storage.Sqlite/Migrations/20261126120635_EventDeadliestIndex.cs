using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventDeadliestIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written SQL: a partial index on an expression, which EF Core cannot declare (EventSearch.Deadliest) ----
            // The event table's fatalities order (COALESCE(FatalitiesBest, 0) DESC, DateStart DESC, Id) for events with at least 10 deaths.
            // The rowid (Id) ends every SQLite index, ascending: the order's last key.
            migrationBuilder.Sql(@"CREATE INDEX ""IX_events_deadliest"" ON ""events"" (""CountryIso3"", COALESCE(""FatalitiesBest"", 0) DESC, ""DateStart"" DESC) WHERE COALESCE(""FatalitiesBest"", 0) >= 10;");
            // ---- end of hand-written SQL ----
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP INDEX ""IX_events_deadliest"";");
        }
    }
}
