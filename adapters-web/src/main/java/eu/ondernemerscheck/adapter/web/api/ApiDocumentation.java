package eu.ondernemerscheck.adapter.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI description of the calculation API, served at {@code /v3/api-docs} and as a readable page at
 * {@code /swagger-ui/index.html}. The scheme identifiers come from the catalogue, so the document lists every scheme.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI calculationApiDescription() {
        return new OpenAPI().info(new Info()
                .title("Ondernemerscheck calculation API")
                .version("1")
                .description("The tax engine as a JSON API: send one situation's facts, get the figures with their "
                        + "explanation, sources and rate version. Rates are fractions (0.28, not 28); money is "
                        + "rounded half-up to cents once, at the end. GET /api/v1/schemes lists every scheme with "
                        + "its inputs, outputs and the years that have rates."));
    }

    @Bean
    OpenApiCustomizer schemeIdentifiers(eu.ondernemerscheck.application.rates.port.in.ListSchemesUseCase schemes) {
        return openApi -> {
            var request = openApi.getComponents().getSchemas().get("CalculationRequest");
            if (request != null && request.getProperties() != null) {
                StringSchema ids = new StringSchema();
                ids.setDescription("The scheme identifier");
                schemes.listSchemes().forEach(s -> ids.addEnumItem(s.definition().id()));
                request.getProperties().put("scheme", ids);
            }
        };
    }

    @Schema(name = "CalculationRequest", description = "One situation to compute")
    record CalculationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "nl-kia") String scheme,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025",
                    description = "The calendar year the figure is for") int year,
            @Schema(description = "The scheme's inputs by name; see GET /api/v1/schemes",
                    example = "{\"investment_total_eur\": 50000}") Map<String, Object> inputs) {
    }

    @Schema(name = "CalculationResponse")
    record CalculationResponse(String scheme, int year,
                               @Schema(description = "Every output of the scheme, null where not applicable")
                               Map<String, Object> outputs,
                               List<Step> explanation, Rates rates, List<String> warnings) {
    }

    @Schema(name = "ExplanationStep")
    record Step(String step, String value, String reference) {
    }

    @Schema(name = "RatesUsed")
    record Rates(String version, @Schema(allowableValues = {"confirmed", "provisional"}) String status,
                 String source) {
    }

    @Schema(name = "Problem", description = "RFC 9457 problem details")
    record ProblemDocument(String type, String title, int status, String detail, List<FieldProblem> errors) {
    }

    @Schema(name = "FieldProblem")
    record FieldProblem(@Schema(example = "inputs.assets[1].amount_excl_vat_eur") String field, String message) {
    }
}
