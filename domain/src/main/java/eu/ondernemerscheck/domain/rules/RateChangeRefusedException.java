package eu.ondernemerscheck.domain.rules;

import eu.ondernemerscheck.domain.shared.FirmsCalendar;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A rate change that cannot be made as asked, with the reason in plain Dutch for the administrator: another
 * administrator changed the same parameter in the meantime, a draft for it is already waiting, the value to correct
 * was replaced, or the draft was published or discarded by someone else.
 */
public class RateChangeRefusedException extends RuntimeException {

    /** When, as administrators in the Netherlands and Belgium read it (in {@link FirmsCalendar#ZONE}). */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.of("nl", "NL"));

    public RateChangeRefusedException(String message) {
        super(message, null, false, false);
    }

    /** The optimistic check failed: the parameter is no longer as the administrator saw it. */
    public static RateChangeRefusedException changedMeanwhile(RateSeriesStamp stamp) {
        return new RateChangeRefusedException("Deze parameter is intussen gewijzigd door " + stamp.changedBy()
                + " op " + when(stamp.changedAt()) + ". Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.");
    }

    /** One draft per parameter at a time, so two drafts never correct the same value. */
    public static RateChangeRefusedException draftWaiting(RateVersionInfo draft) {
        return new RateChangeRefusedException("Voor deze parameter staat al een concept klaar van "
                + draft.createdBy() + " (" + when(draft.createdAt()) + "). Publiceer of verwerp dat eerst.");
    }

    /** The draft is no longer open. */
    public static RateChangeRefusedException noLongerDraft(RateVersionInfo version) {
        if (version.published()) {
            return new RateChangeRefusedException("Dit concept is al gepubliceerd door " + version.publishedBy()
                    + " op " + when(version.publishedAt()) + ".");
        }
        return new RateChangeRefusedException("Dit concept is verworpen door " + version.discardedBy() + " op "
                + when(version.discardedAt()) + ".");
    }

    public static String when(Instant at) {
        return WHEN.format(at.atZone(FirmsCalendar.ZONE));
    }
}
