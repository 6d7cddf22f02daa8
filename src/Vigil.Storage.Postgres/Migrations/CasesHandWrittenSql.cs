using Microsoft.EntityFrameworkCore.Migrations;

namespace Vigil.Storage.Postgres.Migrations;

/// <summary>
/// The SQL of migration Cases that EF Core cannot generate: pg_trgm and a GIN trigram index on the case library's search
/// text, which serves the LIKE '%term%' of every search term (Situations/Cases/CaseSearch.cs, decision record 0018).
/// pg_trgm is a trusted extension (PostgreSQL 13+): the owner of the database may create it. The extension stays on Down.
/// </summary>
public static class CasesHandWrittenSql
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.Sql(@"CREATE INDEX ""IX_cases_SearchText_trgm"" ON cases USING gin (""SearchText"" gin_trgm_ops);");
    }

    public static void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(@"DROP INDEX ""IX_cases_SearchText_trgm"";");
}
