using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActorRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Actor1SourceId",
                table: "events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Actor2SourceId",
                table: "events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssocActor1",
                table: "events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssocActor2",
                table: "events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Inter1",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Inter2",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "actor_identities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceActorId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    SuggestedKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Events = table.Column<int>(type: "integer", nullable: false),
                    CivilianEvents = table.Column<int>(type: "integer", nullable: false),
                    Deaths = table.Column<long>(type: "bigint", nullable: false),
                    FirstMonth = table.Column<int>(type: "integer", nullable: false),
                    LastMonth = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_identities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "actor_months",
                columns: table => new
                {
                    IdentityId = table.Column<long>(type: "bigint", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<int>(type: "integer", nullable: false),
                    CivilianEvents = table.Column<int>(type: "integer", nullable: false),
                    Deaths = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_months", x => new { x.IdentityId, x.CountryIso3, x.Month });
                    table.ForeignKey(
                        name: "FK_actor_months_actor_identities_IdentityId",
                        column: x => x.IdentityId,
                        principalTable: "actor_identities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    KindConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    IdentityId = table.Column<long>(type: "bigint", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actors_actor_identities_IdentityId",
                        column: x => x.IdentityId,
                        principalTable: "actor_identities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "actor_affiliations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelatedActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_affiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actor_affiliations_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_actor_affiliations_actors_RelatedActorId",
                        column: x => x.RelatedActorId,
                        principalTable: "actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actor_affiliations_ActorId",
                table: "actor_affiliations",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_affiliations_RelatedActorId",
                table: "actor_affiliations",
                column: "RelatedActorId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_identities_Source_SourceActorId",
                table: "actor_identities",
                columns: new[] { "Source", "SourceActorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actor_months_CountryIso3_IdentityId",
                table: "actor_months",
                columns: new[] { "CountryIso3", "IdentityId" });

            migrationBuilder.CreateIndex(
                name: "IX_actors_IdentityId",
                table: "actors",
                column: "IdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_actors_MergedIntoId",
                table: "actors",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_actors_OrganizationId_CountryIso3",
                table: "actors",
                columns: new[] { "OrganizationId", "CountryIso3" });

            migrationBuilder.CreateIndex(
                name: "IX_actors_OrganizationId_IdentityId",
                table: "actors",
                columns: new[] { "OrganizationId", "IdentityId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_affiliations");

            migrationBuilder.DropTable(
                name: "actor_months");

            migrationBuilder.DropTable(
                name: "actors");

            migrationBuilder.DropTable(
                name: "actor_identities");

            migrationBuilder.DropColumn(
                name: "Actor1SourceId",
                table: "events");

            migrationBuilder.DropColumn(
                name: "Actor2SourceId",
                table: "events");

            migrationBuilder.DropColumn(
                name: "AssocActor1",
                table: "events");

            migrationBuilder.DropColumn(
                name: "AssocActor2",
                table: "events");

            migrationBuilder.DropColumn(
                name: "Inter1",
                table: "events");

            migrationBuilder.DropColumn(
                name: "Inter2",
                table: "events");
        }
    }
}
