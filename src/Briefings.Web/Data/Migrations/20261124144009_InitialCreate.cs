using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefings.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedStated = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedEvidence = table.Column<string>(type: "TEXT", nullable: true),
                    Publisher = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Wire = table.Column<string>(type: "TEXT", nullable: false),
                    ChromeLines = table.Column<string>(type: "TEXT", nullable: false),
                    Diagnostics = table.Column<string>(type: "TEXT", nullable: false),
                    RawText = table.Column<string>(type: "TEXT", nullable: false),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Entities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Region = table.Column<string>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Role = table.Column<string>(type: "TEXT", nullable: true),
                    AffiliationSlug = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    What = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Figures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DateStated = table.Column<bool>(type: "INTEGER", nullable: false),
                    DateEvidence = table.Column<string>(type: "TEXT", nullable: true),
                    Why = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", nullable: false),
                    SpeakerSlug = table.Column<string>(type: "TEXT", nullable: true),
                    Verb = table.Column<string>(type: "TEXT", nullable: false),
                    Stance = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ParagraphIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", nullable: true),
                    Hedge = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SaidDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SaidPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SaidStated = table.Column<bool>(type: "INTEGER", nullable: true),
                    SaidEvidence = table.Column<string>(type: "TEXT", nullable: true),
                    AboutDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AboutPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AboutStated = table.Column<bool>(type: "INTEGER", nullable: true),
                    AboutEvidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DateStated = table.Column<bool>(type: "INTEGER", nullable: false),
                    DateEvidence = table.Column<string>(type: "TEXT", nullable: true),
                    ParagraphIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Hedge = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", nullable: false),
                    Perspective = table.Column<string>(type: "TEXT", nullable: true),
                    FirstParagraph = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sections_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Appearances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Forms = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appearances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appearances_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Appearances_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParagraphIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Surface = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mentions_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FigureValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FigureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParagraphIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FigureValues_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FigureValues_Figures_FigureId",
                        column: x => x.FigureId,
                        principalTable: "Figures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    EntitySlug = table.Column<string>(type: "TEXT", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventParticipants_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_EventParticipants_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryMembers_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoryMembers_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Paragraphs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Paragraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Paragraphs_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Paragraphs_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appearances_ArticleId_EntityId",
                table: "Appearances",
                columns: new[] { "ArticleId", "EntityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appearances_EntityId",
                table: "Appearances",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ContentHash",
                table: "Articles",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_FileName",
                table: "Articles",
                column: "FileName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Published",
                table: "Articles",
                column: "Published");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ArticleId_Index",
                table: "Claims",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SaidDate",
                table: "Claims",
                column: "SaidDate");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SpeakerSlug",
                table: "Claims",
                column: "SpeakerSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_AffiliationSlug",
                table: "Entities",
                column: "AffiliationSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Region",
                table: "Entities",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Slug",
                table: "Entities",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Type",
                table: "Entities",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_EventParticipants_EntityId",
                table: "EventParticipants",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_EventParticipants_EntitySlug_Role",
                table: "EventParticipants",
                columns: new[] { "EntitySlug", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_EventParticipants_EventId_Role_Index",
                table: "EventParticipants",
                columns: new[] { "EventId", "Role", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_ArticleId_Index",
                table: "Events",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date",
                table: "Events",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Kind",
                table: "Events",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_FigureValues_ArticleId",
                table: "FigureValues",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_FigureValues_FigureId",
                table: "FigureValues",
                column: "FigureId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ArticleId_ParagraphIndex",
                table: "Mentions",
                columns: new[] { "ArticleId", "ParagraphIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId",
                table: "Mentions",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_ArticleId_Index",
                table: "Paragraphs",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_SectionId",
                table: "Paragraphs",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Sections_ArticleId_Index",
                table: "Sections",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stories_Date",
                table: "Stories",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_StoryMembers_EventId",
                table: "StoryMembers",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryMembers_StoryId_EventId",
                table: "StoryMembers",
                columns: new[] { "StoryId", "EventId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appearances");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "EventParticipants");

            migrationBuilder.DropTable(
                name: "FigureValues");

            migrationBuilder.DropTable(
                name: "Mentions");

            migrationBuilder.DropTable(
                name: "Paragraphs");

            migrationBuilder.DropTable(
                name: "StoryMembers");

            migrationBuilder.DropTable(
                name: "Figures");

            migrationBuilder.DropTable(
                name: "Entities");

            migrationBuilder.DropTable(
                name: "Sections");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}
