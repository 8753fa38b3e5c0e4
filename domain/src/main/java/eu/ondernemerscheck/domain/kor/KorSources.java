package eu.ondernemerscheck.domain.kor;

import eu.ondernemerscheck.domain.rules.Source;

/** The official pages the KOR schemes name as their references. */
final class KorSources {

    static final Source KOR = new Source("Belastingdienst – Kleineondernemersregeling",
            "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/zakelijk/btw/hoe_werkt_de_btw/"
                    + "nieuwe-kleineondernemersregeling/");
    static final Source KVK = new Source("KVK – Kleineondernemersregeling (KOR) gebruiken",
            "https://kvk.nl/advies-en-informatie/zzp/kleineondernemersregeling-verandert");
    static final Source HERZIENING = new Source("Belastingdienst – Moet ik mijn btw-aftrek herzien vanwege de "
            + "kleineondernemersregeling (KOR)?", "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/"
            + "belastingdienst/zakelijk/btw/hoe_werkt_de_btw/kleineondernemersregeling/"
            + "wat-betekent-meedoen-met-de-kleineondernemersregeling/"
            + "moet-ik-mijn-btw-aftrek-herzien-vanwege-de-kleineondernemersregeling");
    static final Source AFMELDEN = new Source("Belastingdienst – Afmelden voor de kleineondernemersregeling (KOR)",
            "https://belastingdienst.nl/wps/wcm/connect/nl/btw/content/afmelden-kor");
    static final Source EU_KOR = new Source("onderneming.nl – EU-KOR", "https://www.onderneming.nl/belasting/eu-kor/");
    static final Source FOD = new Source("FOD Financiën – Btw-vrijstellingsregeling kleine ondernemingen",
            "https://financien.belgium.be/nl/ondernemingen/btw/btw-plicht/vrijstellingsregeling");

    private KorSources() {
    }
}
