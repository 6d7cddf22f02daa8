using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SpeechMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "speech_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PostId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AuthorHandle = table.Column<string>(type: "TEXT", nullable: true),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Followers = table.Column<int>(type: "INTEGER", nullable: true),
                    Shares = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PHate = table.Column<double>(type: "REAL", nullable: true),
                    POffensive = table.Column<double>(type: "REAL", nullable: true),
                    PNormal = table.Column<double>(type: "REAL", nullable: true),
                    Incitement = table.Column<bool>(type: "INTEGER", nullable: false),
                    LexiconHits = table.Column<string>(type: "TEXT", nullable: true),
                    LexiconSeverity = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetGroups = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VerdictLanguage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClassifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Danger = table.Column<double>(type: "REAL", nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ReviewCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speech_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "speech_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReferredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speech_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_speech_referrals_speech_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "speech_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "speech_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Context = table.Column<int>(type: "INTEGER", nullable: false),
                    Speaker = table.Column<int>(type: "INTEGER", nullable: false),
                    Intent = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentAndForm = table.Column<int>(type: "INTEGER", nullable: false),
                    Extent = table.Column<int>(type: "INTEGER", nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    ContextNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SpeakerNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IntentNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContentAndFormNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExtentNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LikelihoodNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Second = table.Column<bool>(type: "INTEGER", nullable: false),
                    Confirms = table.Column<bool>(type: "INTEGER", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speech_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_speech_reviews_speech_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "speech_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_speech_posts_CountryIso3_PostedAt",
                table: "speech_posts",
                columns: new[] { "CountryIso3", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_speech_posts_Flagged_ReviewCount_Danger",
                table: "speech_posts",
                columns: new[] { "Flagged", "ReviewCount", "Danger" });

            migrationBuilder.CreateIndex(
                name: "IX_speech_posts_Source_PostId",
                table: "speech_posts",
                columns: new[] { "Source", "PostId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_speech_referrals_Platform_ReferredAt",
                table: "speech_referrals",
                columns: new[] { "Platform", "ReferredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_speech_referrals_PostId",
                table: "speech_referrals",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_speech_reviews_PostId",
                table: "speech_reviews",
                column: "PostId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "speech_referrals");

            migrationBuilder.DropTable(
                name: "speech_reviews");

            migrationBuilder.DropTable(
                name: "speech_posts");
        }
    }
}
