package eu.ondernemerscheck.application.rates.port.out;

import eu.ondernemerscheck.domain.rules.RateValue;

import java.util.List;

/**
 * Publishes a change to the rates as a new rate version: the values it replaces are retired from that version on (they
 * stay stored, with the version that introduced them), the new values are added. Nothing is overwritten. The next
 * calculation uses the new version.
 */
public interface PublishRatesPort {

    /** One change: its label, who made it and why, the values it retires (matched by parameter, category and
     * effective-from date) and the values it adds. */
    record RateChange(String label, String author, String reason, List<RateValue> retire, List<RateValue> add) {
        public RateChange {
            retire = List.copyOf(retire);
            add = List.copyOf(add);
        }
    }

    /** @return the id of the new rate version */
    long publish(RateChange change);
}
