using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LibraryIdentityAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorUnitUses",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdentityLevel1 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IdentityLevel2 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Projects = table.Column<int>(type: "INTEGER", nullable: false),
                    LastYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LatestProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LatestPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestTarget = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorUnitUses", x => new { x.UnitId, x.IdentityName, x.IdentityLevel1, x.IdentityLevel2 });
                    table.ForeignKey(
                        name: "FK_IndicatorUnitUses_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorUses",
                columns: table => new
                {
                    IdentityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdentityLevel1 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IdentityLevel2 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Projects = table.Column<int>(type: "INTEGER", nullable: false),
                    LastYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestTarget = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorUses", x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2 });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorUnitUses_Latest",
                table: "IndicatorUnitUses",
                columns: new[] { "IdentityName", "IdentityLevel1", "IdentityLevel2", "LastYear", "LatestVersion", "LatestProjectName", "LatestProjectId", "LatestPosition" },
                descending: new[] { false, false, false, true, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorUses_LastYear_Projects",
                table: "IndicatorUses",
                columns: new[] { "LastYear", "Projects" },
                descending: new bool[0]);

            // Backfill from the indicator facts already stored (ADR-066); from here on every write keeps them.
            foreach (var sql in Jixiao.Data.Summaries.IndicatorUseSummaries.RebuildSql(postgres: false)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorUnitUses");

            migrationBuilder.DropTable(
                name: "IndicatorUses");
        }
    }
}
