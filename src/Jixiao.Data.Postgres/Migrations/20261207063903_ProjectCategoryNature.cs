using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nature",
                table: "Projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Backfill from each project's current (highest-numbered) version: schema 2 keeps header fields under
            // "fields", schema 1 as top-level properties. Trimmed, cut at 100 characters, blank as NULL — as
            // ProjectEntity.KeepListColumns writes them from now on.
            migrationBuilder.Sql("""
                UPDATE "Projects" SET "Category" = (
                    SELECT NULLIF(left(btrim(COALESCE(v."Content"::jsonb -> 'fields' ->> 'category', v."Content"::jsonb ->> 'category')), 100), '')
                    FROM "DeclarationVersions" v
                    WHERE v."ProjectId" = "Projects"."Id"
                    ORDER BY v."Number" DESC LIMIT 1);
                """);
            migrationBuilder.Sql("""
                UPDATE "Projects" SET "Nature" = (
                    SELECT NULLIF(left(btrim(COALESCE(v."Content"::jsonb -> 'fields' ->> 'nature', v."Content"::jsonb ->> 'nature')), 100), '')
                    FROM "DeclarationVersions" v
                    WHERE v."ProjectId" = "Projects"."Id"
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
