package eu.ondernemerscheck.domain.kor;

/** Movable investment goods and real estate have different correction periods in the VAT herziening. */
enum AssetKind {
    MOVABLE("movable", "roerend"),
    REAL_ESTATE("real_estate", "onroerend");

    private final String code;
    private final String dutch;

    AssetKind(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    String code() {
        return code;
    }

    String dutch() {
        return dutch;
    }

    static AssetKind fromCode(String code) {
        return "real_estate".equals(code) ? REAL_ESTATE : MOVABLE;
    }
}
