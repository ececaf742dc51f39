using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
            // A confirmed 复核 is refused in the store too, like every other form (ADR-063).
            var (table, columns) = ImmutabilityTriggerSql.ReReviews;
            foreach (var sql in ImmutabilityTriggerSql.SqliteTableUp(table, columns)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_ReReviews_LockedUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_ReReviews_LockedDelete\";");
            migrationBuilder.DropColumn(
                name: "HasDifference",
                table: "ReReviews");
        }
    }
}
