using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <summary>
    /// SelfEvaluations.Grade holds the grade's value by name (`Excellent`) instead of its display text (`优`), ADR-022. The
    /// column stays text; existing rows are converted. A text that is no grade becomes NULL (the list then shows the grade of
    /// the stored 总分), so every row still loads.
    /// </summary>
    public partial class SelfEvaluationGradeByValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "SelfEvaluations" SET "Grade" = CASE trim("Grade")
                    WHEN '优' THEN 'Excellent' WHEN '良' THEN 'Good' WHEN '中' THEN 'Fair' WHEN '差' THEN 'Poor'
                    WHEN 'Excellent' THEN 'Excellent' WHEN 'Good' THEN 'Good' WHEN 'Fair' THEN 'Fair' WHEN 'Poor' THEN 'Poor'
                    ELSE NULL END
                WHERE "Grade" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "SelfEvaluations" SET "Grade" = CASE "Grade"
                    WHEN 'Excellent' THEN '优' WHEN 'Good' THEN '良' WHEN 'Fair' THEN '中' WHEN 'Poor' THEN '差' ELSE NULL END
                WHERE "Grade" IS NOT NULL;
                """);
        }
    }
}
