using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence.Audit;

namespace TieredCare.Cli;

internal static class AuditCommands
{
    public static Command Create()
    {
        var database = CliDatabase.Option();
        var verify = new Command("verify", "Check the audit log's hash chain: numbering, links and every line's hash") { database };
        verify.SetAction(async (parse, ct) =>
        {
            var options = CliDatabase.Resolve(parse.GetValue(database));
            await using var db = CliDatabase.Open(options);
            var verifier = new AuditChain.Verifier();
            await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            {
                if (!verifier.Check(entry))
                {
                    break;
                }
            }

            var result = verifier.Result;
            if (result.IsIntact)
            {
                Console.WriteLine($"audit log intact: {result.EntriesChecked} entries");
                return 0;
            }

            Console.Error.WriteLine($"audit log BROKEN at entry {result.FirstBrokenSequence}: {result.Problem} ({result.EntriesChecked} entries verified before it)");
            return 2;
        });
        return new Command("audit", "The append-only audit log") { verify };
    }
}
