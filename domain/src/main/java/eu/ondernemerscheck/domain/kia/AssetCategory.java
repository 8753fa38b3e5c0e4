package eu.ondernemerscheck.domain.kia;

/**
 * What kind of asset an investment is, with the reason the Belastingdienst gives when that kind gets no investment
 * deduction ("Geen recht op investeringsaftrek", tax-rules.md §1.2). Only {@link #OTHER} qualifies as such; a
 * passenger car qualifies only when it is meant for professional passenger transport.
 */
enum AssetCategory {
    OTHER("other", null),
    PASSENGER_CAR("passenger_car", "personenauto die niet bestemd is voor beroepsmatig personenvervoer (zoals taxi of "
            + "koerier); alleen zulke personenauto's geven recht op investeringsaftrek"),
    HOME("home", "woning"),
    LAND("land", "grond"),
    ANIMALS("animals", "dieren"),
    PLEASURE_BOAT("pleasure_boat", "plezierjacht of ander pleziervaartuig"),
    SECURITIES("securities", "effecten"),
    RECEIVABLES("receivables", "vorderingen"),
    GOODWILL("goodwill", "goodwill"),
    PUBLIC_PERMIT("public_permit", "publiekrechtelijke vergunning"),
    MAINLY_RENTED_OUT("mainly_rented_out", "voor 70% of meer bestemd om te verhuren (geen KIA)"),
    USED_ABROAD("used_abroad", "bestemd voor gebruik in het buitenland"),
    MOVED_FROM_PRIVATE("moved_from_private", "van uw privévermogen naar de onderneming overgebracht"),
    BOUGHT_FROM_RELATIVE("bought_from_relative", "gekocht van een huisgenoot of van een bloed- of aanverwant in de "
            + "rechte lijn (op verzoek is ontheffing mogelijk)"),
    BOUGHT_FROM_OWN_COMPANY("bought_from_own_company", "gekocht van uw eigen bv");

    private final String code;
    private final String exclusionReason;

    AssetCategory(String code, String exclusionReason) {
        this.code = code;
        this.exclusionReason = exclusionReason;
    }

    String code() {
        return code;
    }

    /** The reason this kind gets no deduction, or null when it can qualify. */
    String exclusionReason() {
        return exclusionReason;
    }

    static AssetCategory fromCode(String code) {
        for (AssetCategory c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown asset category " + code);
    }
}
