package eu.ondernemerscheck.adapter.persistence.clients;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * One column of many rows as a Java array, to pass as one statement parameter with {@code setObject} and read back
 * with {@code unnest(?::int8[], ...)}. For {@code long[]}, {@code int[]}, {@code boolean[]} and {@code String[]} the
 * PostgreSQL driver sends the array in the database's binary format, so neither side writes or parses the array's text
 * form with its quoting (issue 9: a recompute writes 100,000 results this way).
 */
final class Columns {

    private Columns() {
    }

    static long[] ids(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    static <T> long[] longs(List<T> rows, ToLongFunction<T> column) {
        return rows.stream().mapToLong(column).toArray();
    }

    static <T> int[] ints(List<T> rows, ToIntFunction<T> column) {
        return rows.stream().mapToInt(column).toArray();
    }

    static <T> boolean[] flags(List<T> rows, Predicate<T> column) {
        boolean[] out = new boolean[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column.test(rows.get(i));
        }
        return out;
    }

    static <T> String[] texts(List<T> rows, Function<T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    /** Amounts as their exact decimal text (null stays null), cast back with {@code ::numeric} in the statement. */
    static <T> String[] amounts(List<T> rows, Function<T, BigDecimal> column) {
        return rows.stream().map(column).map(a -> a == null ? null : a.toPlainString()).toArray(String[]::new);
    }
}
