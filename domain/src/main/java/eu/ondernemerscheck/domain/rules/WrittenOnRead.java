package eu.ondernemerscheck.domain.rules;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose items are either ready or written the first time they are read, then kept. Most
 * calculations are never shown (the portfolio and a recompute read only the figures), so the Dutch text of the
 * explanation and the warnings is written only for those that are; read, the list holds exactly what an eagerly
 * written list would. Safe to read from several threads: an item written twice is written the same way, and the items
 * are immutable, so a reader sees either nothing yet or a complete item.
 */
final class WrittenOnRead<T> extends AbstractList<T> implements RandomAccess {

    private final Object[] items;
    private final Object[] written;

    /** @param items each either a ready item or a {@link Supplier} of it; the array is taken over, not copied */
    WrittenOnRead(Object[] items) {
        this.items = items;
        this.written = new Object[items.length];
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Object ready = written[index];
        if (ready == null) {
            Object item = items[index];
            ready = item instanceof Supplier<?> later ? later.get() : item;
            written[index] = ready;
        }
        return (T) ready;
    }

    @Override
    public int size() {
        return items.length;
    }
}
