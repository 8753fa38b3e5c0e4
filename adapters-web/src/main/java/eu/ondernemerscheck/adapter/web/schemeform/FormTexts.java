package eu.ondernemerscheck.adapter.web.schemeform;

import java.io.Serializable;
import java.util.Locale;

/**
 * The language a scheme form speaks: the form's own texts (errors, "how is this computed", list buttons) come from
 * its bundle in this locale; nl-BE gives the Flemish wording. A screen's own texts class implements this.
 */
public interface FormTexts extends Serializable {

    Locale locale();

    /** Dutch in the wording of the Netherlands, for a screen without a texts class of its own. */
    static FormTexts dutch() {
        return () -> FormBundle.NL;
    }
}
