package eu.ondernemerscheck.domain.leads;

import java.util.Objects;

/**
 * The figure one scheme gave for the visitor's answers, as it was shown: the scheme's title, the output's label and
 * its value in Dutch notation, with the rate status and version; or, when it could not be computed, why not.
 */
public record LeadFigure(String scheme, String title, String label, String value, String rateStatus,
                         String rateVersion) {
    public LeadFigure {
        Objects.requireNonNull(scheme, "scheme");
        title = title == null ? "" : title;
        label = label == null ? "" : label;
        value = value == null ? "" : value;
        rateStatus = rateStatus == null ? "" : rateStatus;
        rateVersion = rateVersion == null ? "" : rateVersion;
    }
}
