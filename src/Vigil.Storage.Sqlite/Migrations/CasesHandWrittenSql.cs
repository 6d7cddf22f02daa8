using Microsoft.EntityFrameworkCore.Migrations;

namespace Vigil.Storage.Sqlite.Migrations;

/// <summary>
/// The SQL of migration Cases that EF Core cannot generate: the FTS5 trigram index of the case library's search text
/// (Situations/Cases/CaseSearch.cs, decision record 0018) and the triggers keeping it in step with the cases table.
/// case_sensitive 1: the text and the query are both lower-cased by Vigil, so a match is an exact substring, as on PostgreSQL.
/// </summary>
public static class CasesHandWrittenSql
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE VIRTUAL TABLE case_search USING fts5(case_id UNINDEXED, search_text, tokenize = 'trigram case_sensitive 1');");
        migrationBuilder.Sql(@"CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_search (case_id, search_text) VALUES (NEW.""Id"", NEW.""SearchText"");
END;");
        migrationBuilder.Sql(@"CREATE TRIGGER cases_search_update AFTER UPDATE OF ""SearchText"" ON cases BEGIN
    DELETE FROM case_search WHERE case_id = OLD.""Id"";
    INSERT INTO case_search (case_id, search_text) VALUES (NEW.""Id"", NEW.""SearchText"");
END;");
        migrationBuilder.Sql(@"CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
    DELETE FROM case_search WHERE case_id = OLD.""Id"";
END;");
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER cases_search_delete;");
        migrationBuilder.Sql("DROP TRIGGER cases_search_update;");
        migrationBuilder.Sql("DROP TRIGGER cases_search_insert;");
        migrationBuilder.Sql("DROP TABLE case_search;");
    }
}
