package eu.ondernemerscheck.startup;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

import java.util.concurrent.atomic.AtomicBoolean;

/** Prints a recognised start failure as one line on standard error, so the operator sees the cause and the fix. */
public class OneLineFailureReporter implements FailureAnalysisReporter {

    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    @Override
    public void report(FailureAnalysis analysis) {
        String action = analysis.getAction() == null || analysis.getAction().isBlank() ? ""
                : " " + analysis.getAction().strip().replace('\n', ' ');
        System.err.println("Ondernemerscheck kan niet starten: " + analysis.getDescription().strip()
                .replace('\n', ' ') + action);
        REPORTED.set(true);
    }

    /** Whether a failure was explained, so the start can end with a non-zero exit and no stack trace. */
    public static boolean reported() {
        return REPORTED.get();
    }
}
