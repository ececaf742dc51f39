using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SummaryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IndicatorFacts_IdentityName_IdentityLevel1_IdentityLevel2",
                table: "IndicatorFacts");

            migrationBuilder.AddColumn<string>(
                name: "IdentityLevel1",
                table: "IndicatorDefinitions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdentityLevel2",
                table: "IndicatorDefinitions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdentityName",
                table: "IndicatorDefinitions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchLevels",
                table: "IndicatorDefinitions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "IndicatorDefinitions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFacts_Current_Identity",
                table: "IndicatorFacts",
                columns: new[] { "IdentityName", "IdentityLevel1", "IdentityLevel2", "IsCurrent", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorDefinitions_IdentityName_IdentityLevel1_IdentityLevel2_FirstYear",
                table: "IndicatorDefinitions",
                columns: new[] { "IdentityName", "IdentityLevel1", "IdentityLevel2", "FirstYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IndicatorFacts_Current_Identity",
                table: "IndicatorFacts");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorDefinitions_IdentityName_IdentityLevel1_IdentityLevel2_FirstYear",
                table: "IndicatorDefinitions");

            migrationBuilder.DropColumn(
                name: "IdentityLevel1",
                table: "IndicatorDefinitions");

            migrationBuilder.DropColumn(
                name: "IdentityLevel2",
                table: "IndicatorDefinitions");

            migrationBuilder.DropColumn(
                name: "IdentityName",
                table: "IndicatorDefinitions");

            migrationBuilder.DropColumn(
                name: "SearchLevels",
                table: "IndicatorDefinitions");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "IndicatorDefinitions");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFacts_IdentityName_IdentityLevel1_IdentityLevel2",
                table: "IndicatorFacts",
                columns: new[] { "IdentityName", "IdentityLevel1", "IdentityLevel2" });
        }
    }
}
