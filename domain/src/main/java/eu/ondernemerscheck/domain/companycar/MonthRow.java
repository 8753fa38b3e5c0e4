package eu.ondernemerscheck.domain.companycar;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the {@code months} output, {@code { month, age_coefficient, vaa_eur }} in that order, as a small
 * immutable map: a full year has twelve of them, and a general-purpose map per month was a noticeable part of the cost
 * of a calculation. The month is written as text ({@code 2024-10}) when read.
 */
final class MonthRow extends AbstractMap<String, Object> {

    private final YearMonth month;
    private final BigDecimal ageCoefficient;
    private final BigDecimal vaa;

    MonthRow(YearMonth month, BigDecimal ageCoefficient, BigDecimal vaa) {
        this.month = month;
        this.ageCoefficient = ageCoefficient;
        this.vaa = vaa;
    }

    @Override
    public Object get(Object key) {
        if ("month".equals(key)) {
            return month.toString();
        }
        if ("age_coefficient".equals(key)) {
            return ageCoefficient;
        }
        return "vaa_eur".equals(key) ? vaa : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return "month".equals(key) || "age_coefficient".equals(key) || "vaa_eur".equals(key);
    }

    @Override
    public int size() {
        return 3;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new java.util.AbstractSet<>() {
            @Override
            public java.util.Iterator<Entry<String, Object>> iterator() {
                return List.<Entry<String, Object>>of(Map.entry("month", month.toString()),
                        Map.entry("age_coefficient", ageCoefficient), Map.entry("vaa_eur", vaa)).iterator();
            }

            @Override
            public int size() {
                return 3;
            }
        };
    }
}
