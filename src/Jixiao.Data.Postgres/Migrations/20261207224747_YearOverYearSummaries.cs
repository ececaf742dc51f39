using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class YearOverYearSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorYearUses",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    IdentityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdentityLevel1 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdentityLevel2 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Projects = table.Column<int>(type: "integer", nullable: false),
                    LabelProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LabelProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    LabelPosition = table.Column<int>(type: "integer", nullable: false),
                    LabelName = table.Column<string>(type: "text", nullable: false),
                    LabelLevel1 = table.Column<string>(type: "text", nullable: false),
                    LabelLevel2 = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorYearUses", x => new { x.UnitId, x.IdentityName, x.IdentityLevel1, x.IdentityLevel2, x.Year });
                    table.ForeignKey(
                        name: "FK_IndicatorYearUses_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorYearValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    IdentityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdentityLevel1 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdentityLevel2 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    Projects = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorYearValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorYearValues_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorYearUses_Identity",
                table: "IndicatorYearUses",
                columns: new[] { "IdentityName", "IdentityLevel1", "IdentityLevel2", "Year", "UnitId", "Projects" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorYearValues_Identity",
                table: "IndicatorYearValues",
                columns: new[] { "IdentityName", "IdentityLevel1", "IdentityLevel2", "Year", "Kind", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorYearValues_UnitId_IdentityName_IdentityLevel1_Iden~",
                table: "IndicatorYearValues",
                columns: new[] { "UnitId", "IdentityName", "IdentityLevel1", "IdentityLevel2", "Year" });

            // Backfill from the indicator facts already stored (ADR-068); from here on every write keeps them.
            foreach (var sql in Jixiao.Data.Summaries.IndicatorYearSummaries.RebuildSql(postgres: true)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorYearUses");

            migrationBuilder.DropTable(
                name: "IndicatorYearValues");
        }
    }
}
