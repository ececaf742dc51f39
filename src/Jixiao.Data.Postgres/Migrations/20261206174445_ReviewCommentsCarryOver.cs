using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <summary>Moves the comments typed under the old shapes into ReviewComments by form (ADR-016).</summary>
    public partial class ReviewCommentsCarryOver : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A migration of its own: SQLite rebuilds ReviewComments (VersionId became nullable) only at the end of
            // ReviewCommentsByForm, so the rows can be moved only once that migration has run.
            // Existing rows: a VersionId naming a declaration version is a declaration comment on that project; one
            // naming a disclosure (the old shortcut) is a disclosure comment, on the whole form, with no version.
            migrationBuilder.Sql("""
                UPDATE "ReviewComments" c SET "FormType" = 'Declaration', "FormId" = v."ProjectId"
                FROM "DeclarationVersions" v WHERE v."Id" = c."VersionId";
                UPDATE "ReviewComments" SET "FormType" = 'Disclosure', "FormId" = "VersionId", "VersionId" = NULL, "Anchor" = 'project'
                WHERE "VersionId" IN (SELECT "Id" FROM "Disclosures");
                """);
            // Return reasons of self-evaluations and monitoring reports lived only in the audit trail: copied into the
            // table as open comments on the whole form, with their time and author (the audit rows stay as they are).
            migrationBuilder.Sql("""
                INSERT INTO "ReviewComments" ("Id", "FormType", "FormId", "VersionId", "Anchor", "Text", "AuthorName",
                    "AuthorId", "AuthorRole", "CreatedAt", "Status")
                SELECT md5('return-comment:' || a."Id")::uuid,
                    CASE a."EntityType" WHEN 'SelfEvaluation' THEN 'SelfEvaluation' ELSE 'Monitoring' END,
                    a."EntityId"::uuid, NULL, 'project', a."Comment",
                    COALESCE((SELECT u."DisplayName" FROM "AspNetUsers" u WHERE u."Id" = a."UserId"), a."UserName", '系统'),
                    a."UserId", a."Role", a."AtUtc", 'Open'
                FROM "AuditEvents" a
                WHERE a."Action" = 'Return' AND a."Comment" IS NOT NULL AND trim(a."Comment") <> ''
                  AND ((a."EntityType" = 'SelfEvaluation' AND a."EntityId" IN (SELECT "Id"::text FROM "SelfEvaluations"))
                    OR (a."EntityType" = 'MonitoringReport' AND a."EntityId" IN (SELECT "Id"::text FROM "MonitoringReports")));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the old shape: return reasons live on in the audit trail; disclosure comments put their form's
            // id in VersionId again.
            migrationBuilder.Sql("""
                DELETE FROM "ReviewComments" WHERE "FormType" IN ('SelfEvaluation', 'Monitoring');
                UPDATE "ReviewComments" SET "VersionId" = "FormId", "Anchor" = 'disclosure' WHERE "FormType" = 'Disclosure';
                """);
        }
    }
}
