using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeadlineCalendar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineCalendar", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineCalendar_Year_Stage_Month",
                table: "DeadlineCalendar",
                columns: new[] { "Year", "Stage", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeadlineCalendar");
        }
    }
}
