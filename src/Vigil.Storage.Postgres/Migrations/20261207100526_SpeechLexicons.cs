using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SpeechLexicons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "speech_lexicon_versions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EntryCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speech_lexicon_versions", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "speech_lexicon_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Term = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    TargetGroup = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Meaning = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Alternative = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Incitement = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speech_lexicon_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_speech_lexicon_entries_speech_lexicon_versions_Version",
                        column: x => x.Version,
                        principalTable: "speech_lexicon_versions",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_speech_lexicon_entries_Version_EntryId",
                table: "speech_lexicon_entries",
                columns: new[] { "Version", "EntryId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "speech_lexicon_entries");

            migrationBuilder.DropTable(
                name: "speech_lexicon_versions");
        }
    }
}
