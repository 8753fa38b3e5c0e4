package eu.ondernemerscheck.application.tenancy;

import eu.ondernemerscheck.domain.shared.FirmId;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The firm whose data the current request or job may touch. It is set from the authenticated user only (never from a
 * URL, header or form field) at the start of a request or a background unit of work, and cleared at its end. Without a
 * firm, the database connection points at an empty schema, so a forgotten switch fails instead of reading another
 * firm's data.
 */
public final class TenantContext {

    private static final ThreadLocal<FirmId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<FirmId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current firm, or an error when the caller forgot to establish one. */
    public static FirmId require() {
        FirmId firm = CURRENT.get();
        if (firm == null) {
            throw new IllegalStateException("no firm in context");
        }
        return firm;
    }

    /**
     * Works for one firm until the returned scope is closed; then the previous state comes back. Use with
     * try-with-resources.
     */
    public static Scope enter(FirmId firm) {
        FirmId previous = CURRENT.get();
        CURRENT.set(firm);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /**
     * Runs one unit of background work for a firm on the current (pooled) thread: whatever an earlier task left on
     * the thread is dropped first, and nothing of this firm stays afterwards, even when the work fails (TC-09).
     */
    public static <T> T callFor(FirmId firm, Supplier<T> work) {
        CURRENT.set(firm);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Ends a unit of work for one firm. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
