package eu.ondernemerscheck.domain.benchmark;

import eu.ondernemerscheck.domain.companycar.CompanyCarBenefitScheme;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.SchemeInputs;
import eu.ondernemerscheck.domain.rules.ShippedRates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of one full-year {@code be-company-car-benefit} calculation on the shipped rates, with its twelve months,
 * explanation and provisional-rate warning, for inputs that are already checked (the API checks them once per
 * request). Two cases: a diesel car whose age coefficient changes in October (two age bands, the longest explanation),
 * and an electric car on the minimum, by days in a leap year. Each case twice: with the last explanation step written
 * (the others are written when read, see {@link Explained}), and ({@code ...Read}) with every step and warning written
 * and read, as the API does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CompanyCarBenchmark {

    /** VAA-13: 45,000 × 11% × 6/7 × (9 × 0.88 + 3 × 0.82)/12 = 3,670.07. */
    static final BigDecimal DIESEL_VAA = new BigDecimal("3670.07");
    /** 2024 minimum 1,600 for the whole leap year: the formula 30,000 × 4% × 6/7 = 1,028.57 is lower. */
    static final BigDecimal ELECTRIC_VAA = new BigDecimal("1600.00");

    private final CompanyCarBenefitScheme scheme = new CompanyCarBenefitScheme();
    private RateBook rates;
    private SchemeInputs diesel;
    private SchemeInputs electric;

    @Setup
    public void setUp() {
        rates = ShippedRates.book();
        diesel = SchemeInputs.parse("inputs", Map.of("fuel", "diesel", "co2_g_km", 120,
                "catalogue_value_eur", 45000, "first_registration", "2021-10"), scheme.definition().inputs());
        electric = SchemeInputs.parse("inputs", Map.of("fuel", "electric", "catalogue_value_eur", 30000,
                "first_registration", "2023-05", "pro_rata", "days"), scheme.definition().inputs());
        check(scheme.calculate(diesel, 2024, rates), DIESEL_VAA);
        check(scheme.calculate(electric, 2024, rates), ELECTRIC_VAA);
    }

    private static void check(Outcome outcome, BigDecimal expected) {
        if (expected.compareTo((BigDecimal) outcome.output("vaa_eur")) != 0) {
            throw new IllegalStateException("benchmark computes " + outcome.output("vaa_eur") + ", expected "
                    + expected);
        }
    }

    @Benchmark
    public Outcome diesel(Blackhole text) {
        return Explained.lastStepWritten(scheme.calculate(diesel, 2024, rates), text);
    }

    @Benchmark
    public void dieselRead(Blackhole text) {
        Explained.allWritten(scheme.calculate(diesel, 2024, rates), text);
    }

    @Benchmark
    public Outcome electricByDays(Blackhole text) {
        return Explained.lastStepWritten(scheme.calculate(electric, 2024, rates), text);
    }

    @Benchmark
    public void electricByDaysRead(Blackhole text) {
        Explained.allWritten(scheme.calculate(electric, 2024, rates), text);
    }
}
