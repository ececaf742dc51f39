using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectCategoryNature : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "Projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nature",
                table: "Projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // Backfill from each project's current (highest-numbered) version: schema 2 keeps header fields under
            // "fields", schema 1 as top-level properties. Trimmed, cut at 100 characters, blank as NULL — as
            // ProjectEntity.KeepListColumns writes them from now on.
            migrationBuilder.Sql("""
                UPDATE "Projects" SET "Category" = (
                    SELECT NULLIF(substr(trim(COALESCE(json_extract(v."Content", '$.fields.category'), json_extract(v."Content", '$.category'))), 1, 100), '')
                    FROM "DeclarationVersions" v
                    WHERE v."ProjectId" = "Projects"."Id" AND json_valid(v."Content")
                    ORDER BY v."Number" DESC LIMIT 1);
                """);
            migrationBuilder.Sql("""
                UPDATE "Projects" SET "Nature" = (
                    SELECT NULLIF(substr(trim(COALESCE(json_extract(v."Content", '$.fields.nature'), json_extract(v."Content", '$.nature'))), 1, 100), '')
                    FROM "DeclarationVersions" v
                    WHERE v."ProjectId" = "Projects"."Id" AND json_valid(v."Content")
                    ORDER BY v."Number" DESC LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Category",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Nature",
                table: "Projects");
        }
    }
}
