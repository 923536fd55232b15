using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TieredCare.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL (no server needed).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TieredCareDbContext>
{
    public TieredCareDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        DatabaseOptions.Parse("Host=localhost;Database=tieredcare_design;Username=postgres").Configure(builder);
        return new TieredCareDbContext(builder.Options);
    }
}
