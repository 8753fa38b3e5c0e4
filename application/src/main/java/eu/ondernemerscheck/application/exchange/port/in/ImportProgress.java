package eu.ondernemerscheck.application.exchange.port.in;

/** Told how far an import is, now and then while it runs, from the thread that does the work. */
@FunctionalInterface
public interface ImportProgress {
    void linesDone(int done, int total);
}
