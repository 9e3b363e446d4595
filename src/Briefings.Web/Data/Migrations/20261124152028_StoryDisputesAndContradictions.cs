using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefings.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoryDisputesAndContradictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Disputed",
                table: "Stories",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "IndependentSources",
                table: "Stories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Outlets",
                table: "Stories",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Contradictions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DenialArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    DenialClaimId = table.Column<int>(type: "INTEGER", nullable: true),
                    DenialEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    DenialText = table.Column<string>(type: "TEXT", nullable: false),
                    Denier = table.Column<string>(type: "TEXT", nullable: true),
                    ReportArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportClaimId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportText = table.Column<string>(type: "TEXT", nullable: false),
                    Reporter = table.Column<string>(type: "TEXT", nullable: true),
                    Why = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contradictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contradictions_Articles_DenialArticleId",
                        column: x => x.DenialArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contradictions_Articles_ReportArticleId",
                        column: x => x.ReportArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contradictions_Claims_DenialClaimId",
                        column: x => x.DenialClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contradictions_Claims_ReportClaimId",
                        column: x => x.ReportClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contradictions_Events_DenialEventId",
                        column: x => x.DenialEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contradictions_Events_ReportEventId",
                        column: x => x.ReportEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contradictions_DenialArticleId",
                table: "Contradictions",
                column: "DenialArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Contradictions_DenialClaimId",
                table: "Contradictions",
                column: "DenialClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Contradictions_DenialEventId",
                table: "Contradictions",
                column: "DenialEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Contradictions_ReportArticleId",
                table: "Contradictions",
                column: "ReportArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Contradictions_ReportClaimId",
                table: "Contradictions",
                column: "ReportClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Contradictions_ReportEventId",
                table: "Contradictions",
                column: "ReportEventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contradictions");

            migrationBuilder.DropColumn(
                name: "Disputed",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "IndependentSources",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "Outlets",
                table: "Stories");
        }
    }
}
