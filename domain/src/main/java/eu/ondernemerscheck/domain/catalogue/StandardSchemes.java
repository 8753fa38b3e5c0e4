package eu.ondernemerscheck.domain.catalogue;

import eu.ondernemerscheck.domain.cardeduction.CarDeductibilityScheme;
import eu.ondernemerscheck.domain.companycar.CompanyCarBenefitScheme;
import eu.ondernemerscheck.domain.kia.KiaDisinvestmentScheme;
import eu.ondernemerscheck.domain.kia.KiaScheme;
import eu.ondernemerscheck.domain.kor.EuKorScheme;
import eu.ondernemerscheck.domain.kor.KorComparisonScheme;
import eu.ondernemerscheck.domain.kor.KorCrossingScheme;
import eu.ondernemerscheck.domain.kor.KorRegistrationScheme;
import eu.ondernemerscheck.domain.kor.KorRevisionScheme;
import eu.ondernemerscheck.domain.kor.KorScheme;
import eu.ondernemerscheck.domain.mileage.BusinessMileageScheme;
import eu.ondernemerscheck.domain.mileage.CommuteScheme;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.vatexemption.ExemptionComparisonScheme;
import eu.ondernemerscheck.domain.vatexemption.ExemptionSwitchScheme;
import eu.ondernemerscheck.domain.vatexemption.SmallBusinessExemptionScheme;

import java.util.List;

/** The product's schemes in display order. Each scheme package contributes its own {@link Scheme} implementations. */
final class StandardSchemes {

    private StandardSchemes() {
    }

    static List<Scheme> all() {
        return List.of(
                new KiaScheme(),
                new KiaDisinvestmentScheme(),
                new KorScheme(),
                new KorCrossingScheme(),
                new KorRevisionScheme(),
                new KorRegistrationScheme(),
                new EuKorScheme(),
                new KorComparisonScheme(),
                new SmallBusinessExemptionScheme(),
                new ExemptionSwitchScheme(),
                new ExemptionComparisonScheme(),
                new CompanyCarBenefitScheme(),
                new CarDeductibilityScheme(),
                new CommuteScheme(),
                new BusinessMileageScheme());
    }
}
