using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TieredCare.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferralCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DiseaseCatalogueVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NetworkCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EntryCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiseaseCatalogueVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiseaseCatalogueVersions_Networks_NetworkCode",
                        column: x => x.NetworkCode,
                        principalTable: "Networks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiseaseCatalogueEntries",
                columns: table => new
                {
                    CatalogueId = table.Column<long>(type: "bigint", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Pattern = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LowestTier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UpCriteria = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DownCriteria = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiseaseCatalogueEntries", x => new { x.CatalogueId, x.Line });
                    table.ForeignKey(
                        name: "FK_DiseaseCatalogueEntries_DiseaseCatalogueVersions_CatalogueId",
                        column: x => x.CatalogueId,
                        principalTable: "DiseaseCatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DiseaseCatalogueVersions_NetworkCode_Version",
                table: "DiseaseCatalogueVersions",
                columns: new[] { "NetworkCode", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiseaseCatalogueEntries");

            migrationBuilder.DropTable(
                name: "DiseaseCatalogueVersions");
        }
    }
}
