package eu.ondernemerscheck.domain.benchmark;

import eu.ondernemerscheck.domain.kia.KiaScheme;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of one {@code nl-kia} calculation on the shipped rates, explanation and provisional-rate warning
 * included, for inputs that are already checked (the API checks them once per request). Three cases: a known total in
 * the phase-out band, which reads the most rates and writes the longest explanation (the figure the target is about);
 * a known total in the percentage band, the usual case for a small business; and three assets with one under the
 * per-asset minimum. Each case twice: as the engine hands the outcome over, with its last explanation step written
 * (the others are written when read, see {@link Explained}), and ({@code ...Read}) with every step and warning written
 * and read, as the API does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KiaBenchmark {

    /** 2025: 19,769 − 7.56% × (200,000 − 130,744) = 14,533.2464, rounded once. */
    static final BigDecimal KNOWN_TOTAL_KIA = new BigDecimal("14533.25");
    /** 2025: 28% × 50,000 (the contract's example). */
    static final BigDecimal TYPICAL_TOTAL_KIA = new BigDecimal("14000.00");
    /** 2025: 3,000 + 5,000 qualify (the 449 laptop is under the minimum); 28% × 8,000. */
    static final BigDecimal ASSETS_KIA = new BigDecimal("2240.00");

    private final KiaScheme scheme = new KiaScheme();
    private RateBook rates;
    private SchemeInputs knownTotal;
    private SchemeInputs typicalTotal;
    private SchemeInputs assets;

    @Setup
    public void setUp() {
        rates = ShippedRates.book();
        knownTotal = SchemeInputs.parse("inputs", Map.of("investment_total_eur", new BigDecimal("200000")),
                scheme.definition().inputs());
        typicalTotal = SchemeInputs.parse("inputs", Map.of("investment_total_eur", new BigDecimal("50000")),
                scheme.definition().inputs());
        assets = SchemeInputs.parse("inputs", Map.of("assets", List.of(
                Map.of("description", "laptop", "amount_excl_vat_eur", new BigDecimal("449")),
                Map.of("description", "machine", "amount_excl_vat_eur", new BigDecimal("3000")),
                Map.of("description", "bestelbus", "amount_excl_vat_eur", new BigDecimal("5000")))),
                scheme.definition().inputs());
        check(scheme.calculate(knownTotal, 2025, rates), KNOWN_TOTAL_KIA);
        check(scheme.calculate(typicalTotal, 2025, rates), TYPICAL_TOTAL_KIA);
        check(scheme.calculate(assets, 2025, rates), ASSETS_KIA);
    }

    private static void check(Outcome outcome, BigDecimal expected) {
        if (expected.compareTo((BigDecimal) outcome.output("kia_eur")) != 0) {
            throw new IllegalStateException("benchmark computes " + outcome.output("kia_eur") + ", expected "
                    + expected);
        }
    }

    @Benchmark
    public Outcome knownTotal(Blackhole text) {
        return Explained.lastStepWritten(scheme.calculate(knownTotal, 2025, rates), text);
    }

    @Benchmark
    public void knownTotalRead(Blackhole text) {
        Explained.allWritten(scheme.calculate(knownTotal, 2025, rates), text);
    }

    @Benchmark
    public Outcome typicalTotal(Blackhole text) {
        return Explained.lastStepWritten(scheme.calculate(typicalTotal, 2025, rates), text);
    }

    @Benchmark
    public void typicalTotalRead(Blackhole text) {
        Explained.allWritten(scheme.calculate(typicalTotal, 2025, rates), text);
    }

    @Benchmark
    public Outcome assets(Blackhole text) {
        return Explained.lastStepWritten(scheme.calculate(assets, 2025, rates), text);
    }

    @Benchmark
    public void assetsRead(Blackhole text) {
        Explained.allWritten(scheme.calculate(assets, 2025, rates), text);
    }
}
