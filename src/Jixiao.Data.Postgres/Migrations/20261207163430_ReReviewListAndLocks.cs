using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReReviewListAndLocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasDifference",
                table: "ReReviews",
                type: "boolean",
                nullable: false,
                defaultValue: false);
            // A confirmed 复核 is refused in the store too, like every other form (ADR-063).
            var (table, columns) = ImmutabilityTriggerSql.ReReviews;
            foreach (var sql in ImmutabilityTriggerSql.PostgresTableUp(table, columns)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_ReReviews_Locked\" ON \"ReReviews\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_ReReviews_LockedTruncate\" ON \"ReReviews\";");
            migrationBuilder.DropColumn(
                name: "HasDifference",
                table: "ReReviews");
        }
    }
}
