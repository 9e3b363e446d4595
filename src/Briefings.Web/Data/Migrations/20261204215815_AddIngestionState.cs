using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefings.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddIngestionState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_FileName",
                table: "Articles");

            migrationBuilder.AddColumn<string>(
                name: "SourcePath",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Articles stored before this were known by their bare file name; that stays their identity.
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"SourcePath\" = \"FileName\";");

            migrationBuilder.CreateTable(
                name: "IngestionState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticlesVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    CrossArticleVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionState", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "IngestionState",
                columns: new[] { "Id", "ArticlesVersion", "CrossArticleVersion" },
                values: new object[] { 1, 0L, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_FileName",
                table: "Articles",
                column: "FileName");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourcePath",
                table: "Articles",
                column: "SourcePath",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestionState");

            migrationBuilder.DropIndex(
                name: "IX_Articles_FileName",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SourcePath",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SourcePath",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_FileName",
                table: "Articles",
                column: "FileName",
                unique: true);
        }
    }
}
