using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Briefings.Web.Data.Migrations
{
    /// <summary>
    /// Full-text indexes over events, paragraphs and claims (SQLite FTS5 with external content: the
    /// text is stored once, in its own table), kept in step by triggers so that every writer (EF Core,
    /// raw SQL, cascading deletes) updates them. The tokenizer stems English words and folds case and diacritics ("KRAKÓW" meets
    /// "Krakow"; a letter with a stroke such as "Ł" has no decomposition and stays itself). The SQL is written out here, not built from code, so this
    /// migration stays what it was when it ran. A later migration that rebuilds one of the three tables
    /// drops its triggers and must create them again: a test checks they are all there.
    /// </summary>
    public partial class AddFullTextSearch : Migration
    {
        // Porter's stemmer over unicode61: "drone" finds "drones", "attack" finds "attacked"; names and
        // words of other scripts pass through it unchanged.
        private const string Tokenizer = "tokenize = 'porter unicode61 remove_diacritics 2'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Index(migrationBuilder, "EventSearch", "Events", ["Text"]);
            Index(migrationBuilder, "ParagraphSearch", "Paragraphs", ["Text"]);
            Index(migrationBuilder, "ClaimSearch", "Claims", ["Speaker", "Text"]);
        }

        private static void Index(MigrationBuilder migrationBuilder, string index, string table, string[] columns)
        {
            var list = string.Join(", ", columns);
            var news = string.Join(", ", columns.Select(c => "new." + c));
            var olds = string.Join(", ", columns.Select(c => "old." + c));
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE {index} USING fts5({list}, content = '{table}', content_rowid = 'Id', {Tokenizer});");
            migrationBuilder.Sql($"CREATE TRIGGER {index}_Insert AFTER INSERT ON {table} BEGIN INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {news}); END;");
            migrationBuilder.Sql($"CREATE TRIGGER {index}_Delete AFTER DELETE ON {table} BEGIN INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {olds}); END;");
            migrationBuilder.Sql($"CREATE TRIGGER {index}_Update AFTER UPDATE OF {list} ON {table} BEGIN "
                + $"INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {olds}); "
                + $"INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {news}); END;");
            // What was stored before this migration.
            migrationBuilder.Sql($"INSERT INTO {index}({index}) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in new[] { "EventSearch", "ParagraphSearch", "ClaimSearch" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_Insert;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_Delete;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_Update;");
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {index};");
            }
        }
    }
}
