using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TieredCare.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TieredCareDbContext>
{
    public TieredCareDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        DatabaseOptions.Parse(Path.Combine(Path.GetTempPath(), "tieredcare-design.db")).Configure(builder);
        return new TieredCareDbContext(builder.Options);
    }
}
