namespace TieredCare.DemoData.Generation;

/// <summary>The generated window day by day, with seasonal and weekly activity factors.</summary>
internal sealed class DemoCalendar
{
    // Spring Festival (春节) dates; the week around it is the quietest of the year.
    private static readonly Dictionary<int, DateOnly> SpringFestival = new()
    {
        [2020] = new(2020, 1, 25), [2021] = new(2021, 2, 12), [2022] = new(2022, 2, 1), [2023] = new(2023, 1, 22),
        [2024] = new(2024, 2, 10), [2025] = new(2025, 1, 29), [2026] = new(2026, 2, 17), [2027] = new(2027, 2, 6),
        [2028] = new(2028, 1, 26), [2029] = new(2029, 2, 13), [2030] = new(2030, 2, 3), [2031] = new(2031, 1, 23),
        [2032] = new(2032, 2, 11), [2033] = new(2033, 1, 31), [2034] = new(2034, 2, 19), [2035] = new(2035, 2, 8),
    };

    // Outpatient months: respiratory winter peak, Spring Festival and National Day dips.
    private static readonly double[] VisitMonth = [1.12, 0.92, 1.04, 0.99, 0.97, 0.96, 0.99, 0.98, 0.98, 0.94, 1.03, 1.10];
    private static readonly double[] DischargeMonth = [1.06, 0.90, 1.02, 1.00, 1.00, 0.98, 1.02, 1.00, 0.98, 0.96, 1.01, 1.07];
    private static readonly double[] VisitWeekday = [0.72, 1.18, 1.08, 1.04, 1.02, 1.0, 0.80]; // Sunday first
    private static readonly double[] DischargeWeekday = [0.62, 1.08, 1.1, 1.1, 1.1, 1.12, 0.88];

    public DemoCalendar(int firstYear, int years)
    {
        FirstYear = firstYear;
        Years = years;
        Start = new DateOnly(firstYear, 1, 1);
        End = new DateOnly(firstYear + years - 1, 12, 31);
        Days = End.DayNumber - Start.DayNumber + 1;
        VisitFactor = Factors(VisitMonth, VisitWeekday, 0.45);
        DischargeFactor = Factors(DischargeMonth, DischargeWeekday, 0.6);
    }

    public int FirstYear { get; }
    public int Years { get; }
    public DateOnly Start { get; }
    public DateOnly End { get; }
    public int Days { get; }

    /// <summary>Per day, mean 1 within each year.</summary>
    public double[] VisitFactor { get; }

    public double[] DischargeFactor { get; }

    public int Months => Years * 12;

    public DateOnly Date(int dayIndex) => DateOnly.FromDayNumber(Start.DayNumber + dayIndex);

    public int YearIndex(DateOnly date) => date.Year - FirstYear;

    public int MonthIndex(DateOnly date) => (date.Year - FirstYear) * 12 + date.Month - 1;

    public int DaysInYear(int yearIndex) => DateTime.IsLeapYear(FirstYear + yearIndex) ? 366 : 365;

    /// <summary>Respiratory diseases peak in winter, enteric ones in summer.</summary>
    public static double SeasonFactor(char season, DateOnly date)
    {
        var phase = 2 * Math.PI * (date.DayOfYear - 15) / 365.25;
        return season switch
        {
            'r' => 1 + 0.35 * Math.Cos(phase),
            'g' => 1 - 0.3 * Math.Cos(phase),
            _ => 1,
        };
    }

    private double[] Factors(double[] month, double[] weekday, double holiday)
    {
        var factors = new double[Days];
        for (var i = 0; i < Days; i++)
        {
            var date = Date(i);
            var f = month[date.Month - 1] * weekday[(int)date.DayOfWeek];
            var festival = SpringFestival.TryGetValue(date.Year, out var d) ? d : new DateOnly(date.Year, 2, 1);
            var offset = date.DayNumber - festival.DayNumber;
            if (offset is >= -1 and <= 6)
            {
                f *= holiday;
            }
            else if (date.Month == 10 && date.Day <= 7)
            {
                f *= (1 + holiday) / 2;
            }

            factors[i] = f;
        }

        // Normalise within each calendar year so yearly totals follow the rates.
        for (var y = 0; y < Years; y++)
        {
            var from = new DateOnly(FirstYear + y, 1, 1).DayNumber - Start.DayNumber;
            var to = new DateOnly(FirstYear + y, 12, 31).DayNumber - Start.DayNumber;
            var mean = 0.0;
            for (var i = from; i <= to; i++)
            {
                mean += factors[i];
            }

            mean /= to - from + 1;
            for (var i = from; i <= to; i++)
            {
                factors[i] /= mean;
            }
        }

        return factors;
    }
}
