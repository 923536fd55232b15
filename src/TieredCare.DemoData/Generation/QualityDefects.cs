using System.Globalization;
using TieredCare.DemoData.Model;

namespace TieredCare.DemoData.Generation;

/// <summary>
/// The slips a real 病案首页 feed carries. Each is caught by a quality rule: the first five are hard
/// errors, the last two are flagged for review (warnings).
/// </summary>
[Flags]
internal enum Defect
{
    None = 0,

    /// <summary>One cost class mistyped (digits swapped, dropped or doubled): the ten classes no longer add up to total_cost.</summary>
    CostTypo = 1,

    /// <summary>los_days one day off the dates (same-day stay = 1 day).</summary>
    LosOffByOne = 2,

    /// <summary>离院方式 2 or 3 without the receiving institution.</summary>
    MissingReceiving = 4,

    /// <summary>The last procedure dated the day after discharge.</summary>
    ProcedureAfterDischarge = 8,

    /// <summary>An injury principal diagnosis without its external cause (损伤中毒外部原因).</summary>
    MissingExternalCause = 16,

    /// <summary>离院方式 9 其他 written for a routine discharge (warning).</summary>
    DispositionOther = 32,

    /// <summary>A neoplasm principal diagnosis without its pathology code (warning).</summary>
    MissingPathology = 64,
}

/// <summary>
/// Chooses the defects of each abstract at small fixed rates, from a random stream of its own, so the
/// clean part of the data does not depend on them. Rates are per abstract the defect can apply to; they
/// give about 2.5 % of abstracts with a hard error and 4 % with a warning.
/// </summary>
internal sealed class QualityDefects(DemoRandom random)
{
    public const double CostTypoRate = 0.007;
    public const double LosOffByOneRate = 0.005;
    public const double MissingReceivingRate = 0.12;      // of dispositions 2 and 3
    public const double ProcedureAfterDischargeRate = 0.008; // of abstracts with a procedure
    public const double MissingExternalCauseRate = 0.08;  // of injury principals
    public const double DispositionOtherRate = 0.015;     // of routine discharges (离院方式 1)
    public const double MissingPathologyRate = 0.33;      // of neoplasm principals

    public Defect Choose(Disease disease, bool hasProcedures, int disposition)
    {
        var defects = Defect.None;
        Add(ref defects, Defect.CostTypo, CostTypoRate);
        Add(ref defects, Defect.LosOffByOne, LosOffByOneRate);
        if (disposition is 2 or 3)
        {
            Add(ref defects, Defect.MissingReceiving, MissingReceivingRate);
        }

        if (hasProcedures)
        {
            Add(ref defects, Defect.ProcedureAfterDischarge, ProcedureAfterDischargeRate);
        }

        if (disease.IsInjury)
        {
            Add(ref defects, Defect.MissingExternalCause, MissingExternalCauseRate);
        }

        if (disposition == 1)
        {
            Add(ref defects, Defect.DispositionOther, DispositionOtherRate);
        }

        if (disease.IsNeoplasm)
        {
            Add(ref defects, Defect.MissingPathology, MissingPathologyRate);
        }

        return defects;
    }

    /// <summary>The written length of stay: one day more or less, never below 1.</summary>
    public int MistypeLos(int los) => los == 1 || random.Chance(0.5) ? los + 1 : los - 1;

    /// <summary>The class to mistype: any class of at least 1 元 except treatment, whose surgery part must stay within it; -1 if none.</summary>
    public int TypoClass(ReadOnlySpan<long> cents)
    {
        Span<int> eligible = stackalloc int[cents.Length];
        var count = 0;
        for (var i = 0; i < cents.Length; i++)
        {
            if (i != 2 && cents[i] >= 100)
            {
                eligible[count++] = i;
            }
        }

        return count == 0 ? -1 : eligible[random.Next(count)];
    }

    /// <summary>An amount of at least 1 元 with a keying slip in its 元 digits: two neighbours swapped, one dropped or one doubled. Never the same amount.</summary>
    public long Mistype(long cents)
    {
        var yuan = (cents / 100).ToString(CultureInfo.InvariantCulture);
        var fen = cents % 100;
        var i = random.Next(yuan.Length);
        var slip = random.Next(3);
        string typed;
        if (slip == 0 && i + 1 < yuan.Length && yuan[i] != yuan[i + 1])
        {
            typed = string.Concat(yuan.AsSpan(0, i), yuan.AsSpan(i + 1, 1), yuan.AsSpan(i, 1), yuan.AsSpan(i + 2));
        }
        else if (slip == 1 && yuan.Length > 1)
        {
            typed = yuan.Remove(i, 1);
        }
        else
        {
            typed = yuan.Insert(i, yuan[i].ToString());
        }

        // A swap changes the amount because the digits differ; a drop or a doubling changes the number of digits.
        return long.Parse(typed, NumberStyles.None, CultureInfo.InvariantCulture) * 100 + fen;
    }

    public string Pick(IReadOnlyList<WeightedCode> codes)
    {
        var total = 0.0;
        foreach (var code in codes)
        {
            total += code.Weight;
        }

        var roll = random.NextDouble() * total;
        foreach (var code in codes)
        {
            roll -= code.Weight;
            if (roll < 0)
            {
                return code.Code;
            }
        }

        return codes[^1].Code;
    }

    private void Add(ref Defect defects, Defect defect, double rate)
    {
        if (random.Chance(rate))
        {
            defects |= defect;
        }
    }
}
