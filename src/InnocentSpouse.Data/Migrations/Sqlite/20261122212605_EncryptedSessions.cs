using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnocentSpouse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EncryptedSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Earlier sessions were stored unencrypted and have no resume code: they cannot be kept.
            migrationBuilder.Sql("DELETE FROM \"Sessions\";");

            migrationBuilder.AddColumn<string>(
                name: "ResumeLookup",
                table: "Sessions",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_ResumeLookup",
                table: "Sessions",
                column: "ResumeLookup",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_ResumeLookup",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "ResumeLookup",
                table: "Sessions");
        }
    }
}
