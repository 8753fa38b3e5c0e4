package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.rules.Country;

/**
 * What the portfolio shows: the year whose figures fill the columns, a search on the client's name, filters on
 * country, legal form and having a signal, and the column to sort on.
 *
 * @param country null for both countries
 * @param legalForm blank for every legal form
 * @param withSignal null for all clients, true for clients with a signal, false for clients without
 */
public record PortfolioQuery(int year, String search, Country country, String legalForm, Boolean withSignal,
                             Sort sort, boolean descending) {

    /** The columns the portfolio sorts on, each an indexed column in the database. */
    public enum Sort { NAME, COUNTRY, LEGAL_FORM, FIT, KIA, VAA, CAR_COSTS, TOP_SIGNAL }

    public PortfolioQuery {
        search = search == null ? "" : search.strip();
        if (search.length() > 200) {
            search = search.substring(0, 200);
        }
        legalForm = legalForm == null ? "" : legalForm.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    public static PortfolioQuery all(int year) {
        return new PortfolioQuery(year, "", null, "", null, Sort.NAME, false);
    }

    public PortfolioQuery sortedBy(Sort by, boolean desc) {
        return new PortfolioQuery(year, search, country, legalForm, withSignal, by, desc);
    }
}
